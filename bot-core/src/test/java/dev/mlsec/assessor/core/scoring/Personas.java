package dev.mlsec.assessor.core.scoring;

import dev.mlsec.assessor.core.run.CompletedRun;
import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.util.List;

/**
 * Five ML systems, each described first and then answered by meaning, as the person running it would
 * answer: the risk owner the risk-impact questionnaire, a data scientist the attack-surface one, a
 * security engineer the security one. Answers are written as {@code question=option,option}.
 */
public final class Personas {

    static final List<Questionnaire> ALL = QuestionnaireLoader.loadBundled();

    /** A described system and its three answer sets. */
    public record Persona(String id, String description, Answers risk, Answers surface, Answers security) {

        public List<CompletedRun> runs() {
            return List.of(AnswerSets.run(id + "-r", ALL.get(0), risk), AnswerSets.run(id + "-s", ALL.get(1), surface),
                    AnswerSets.run(id + "-m", ALL.get(2), security));
        }

        public RiskPicture picture() {
            return RiskScoring.score(ALL, runs());
        }
    }

    private Personas() {
    }

    static Answers a(String... spec) {
        Answers x = Answers.none();
        for (String s : spec) {
            String[] p = s.split("=");
            x = x.with(p[0], List.of(p[1].split(",")));
        }
        return x;
    }

    /**
     * A start-up sells a photo-classification REST API: anyone can call it without signing in, it returns
     * the full probability vector, there is no rate limit. The model is a public foundation model
     * fine-tuned on scraped web photos and customer uploads, labelled by users' feedback that nobody
     * reviews, retrained weekly and released automatically, learning from production. No ML defences.
     * The model is the business (stealing severe); bad predictions cost customers (poisoning serious).
     */
    public static final Persona PUBLIC_API_OPEN = new Persona("public-api-open", "public anonymous API, full scores, no defences",
            a("threat-analysis=never", "vulnerability-monitoring=untracked", "risk-metrics=none", "risk-ranking=unranked",
                    "response-procedures=none", "risk-owner=ml-team",
                    "impact-poisoning=serious", "impact-evasion=noticeable", "impact-stealing=severe", "impact-inference=noticeable",
                    "domain=commerce", "prediction-use=automated", "decision-reversible=eventually", "damage-kinds=financial,reputation",
                    "data-assets=personal", "adversaries=competitors,users-gaming"),
            a("data-sources=scraped-web,customers", "source-provenance=neither", "customer-count=very-many", "customer-share=neither",
                    "training-set-size=100k-10m", "labelling=users,automatic", "label-changes=unreviewed", "data-storage=team-wide",
                    "serialisation=pickle-internal", "input-types=images", "feature-count=over-10k", "model-family=foundation-model",
                    "features-known=public", "pretrained-models=public-base", "base-model-source=latest", "model-files=pickle-downloaded",
                    "ml-libraries=pinned-public", "training-environment=own-restricted", "retraining=regularly", "release-gate=automatic",
                    "production-feedback=automatic", "model-location=own-server", "model-visibility=architecture-known",
                    "input-senders=anyone", "prediction-consumers=requester", "output-detail=full-scores", "query-limits=neither"),
            a("security-testing=none", "standards=none", "certification=none", "adversarial-defences=none",
                    "training-data-properties=none", "data-sanitisation=none", "input-detection=none", "access-control=team",
                    "performance-monitoring=none", "overfitting=some", "data-minimisation=raw", "model-versioning=versioned"));

    /**
     * The same API a year later: callers must sign in, get only the label, are limited and logged per
     * client; query patterns are watched; adversarial training and blocking input detection are in place;
     * uploads are traced and capped, labels reviewed, new data screened, releases validated and signed off,
     * base model pinned and verified, model files in safetensors. Same business, same impact ratings.
     */
    public static final Persona PUBLIC_API_HARDENED = new Persona("public-api-hardened", "the same API, hardened",
            a("threat-analysis=every-change", "vulnerability-monitoring=monitored", "risk-metrics=tracked", "risk-ranking=ranked",
                    "response-procedures=ml-specific", "response-rehearsed=regularly", "risk-owner=named-owner",
                    "impact-poisoning=serious", "impact-evasion=noticeable", "impact-stealing=severe", "impact-inference=noticeable",
                    "domain=commerce", "prediction-use=automated", "decision-reversible=quickly", "damage-kinds=financial,reputation",
                    "data-assets=personal", "adversaries=competitors,users-gaming"),
            a("data-sources=scraped-web,customers", "source-provenance=tracked-only", "customer-count=very-many",
                    "customer-share=traced-capped", "training-set-size=100k-10m", "labelling=users,automatic", "label-changes=reviewed",
                    "data-storage=restricted", "serialisation=safe-formats", "input-types=images", "feature-count=over-10k",
                    "model-family=foundation-model", "features-known=public", "pretrained-models=public-base",
                    "base-model-source=pinned-verified", "model-files=safe-formats", "ml-libraries=pinned-mirror",
                    "training-environment=own-restricted", "retraining=regularly", "release-gate=validated-approved",
                    "production-feedback=reviewed", "model-location=own-server", "model-visibility=architecture-known",
                    "input-senders=authenticated-customers", "prediction-consumers=requester", "output-detail=label-only",
                    "query-limits=limited-logged"),
            a("security-testing=ml-specific", "attacks-evaluated=poisoning,evasion,stealing,inference", "standards=certified",
                    "certification=none", "adversarial-defences=adversarial-training,robust-training,query-detection",
                    "training-data-properties=trusted-sources,validated,access-controlled,versioned", "data-sanitisation=automated",
                    "input-detection=blocked", "access-control=strong", "performance-monitoring=with-fallback", "overfitting=systematic",
                    "data-minimisation=anonymised", "model-versioning=rollback-tested"));

    /**
     * A retailer's weekly demand forecast: gradient boosting on its own sales data, labels from its own
     * systems, trained on its own restricted cluster and retrained monthly with a person's sign-off. Only
     * internal batch jobs send inputs and only planners see the output. A wrong forecast costs a little
     * stock; the model is no great secret; the data has no personal records.
     */
    public static final Persona INTERNAL_BATCH = new Persona("internal-batch", "internal batch model, in-house data, trusted inputs and consumers",
            a("threat-analysis=once", "vulnerability-monitoring=ad-hoc", "risk-metrics=none", "risk-ranking=listed",
                    "response-procedures=generic-it", "response-rehearsed=never", "risk-owner=ml-team",
                    "impact-poisoning=noticeable", "impact-evasion=negligible", "impact-stealing=noticeable", "impact-inference=negligible",
                    "domain=internal", "prediction-use=analytics", "damage-kinds=financial", "data-assets=confidential",
                    "adversaries=insiders"),
            a("data-sources=in-house", "training-set-size=100k-10m", "labelling=automatic", "data-storage=restricted",
                    "serialisation=safe-formats", "input-types=tabular,time-series", "feature-count=10-100", "model-family=ensemble",
                    "features-known=secret", "pretrained-models=none", "model-files=pickle-own", "ml-libraries=pinned-public",
                    "training-environment=own-restricted", "retraining=regularly", "release-gate=validated-approved",
                    "production-feedback=no-feedback", "model-location=own-server", "model-visibility=hidden",
                    "input-senders=internal-systems", "prediction-consumers=internal"),
            a("security-testing=conventional", "attacks-evaluated=none", "standards=aligned", "certification=none",
                    "adversarial-defences=none", "training-data-properties=trusted-sources,access-controlled,versioned",
                    "data-sanitisation=manual", "input-detection=none", "access-control=strong", "performance-monitoring=monitored",
                    "overfitting=some", "data-minimisation=no-personal-data", "model-versioning=versioned"));

    /**
     * A hospital's emergency triage model ranks incoming patients from their records and notes. A deep
     * network trained on the hospital's and two partner hospitals' patient records (special-category
     * data), labelled by its own clinicians, retrained a few times a year after validation and sign-off.
     * Only hospital staff send inputs and see outputs; a clinician reads every case. A poisoned or leaked
     * model would harm patients and be a reportable breach.
     */
    public static final Persona HOSPITAL_TRIAGE = new Persona("hospital-triage", "hospital triage on special-category data",
            a("threat-analysis=yearly", "vulnerability-monitoring=register", "risk-metrics=informal", "risk-ranking=ranked",
                    "response-procedures=generic-it", "response-rehearsed=once", "risk-owner=security-team",
                    "impact-poisoning=severe", "impact-evasion=serious", "impact-stealing=noticeable", "impact-inference=severe",
                    "domain=health", "prediction-use=human-reviewed", "damage-kinds=safety,privacy,legal,reputation",
                    "data-assets=special-category,personal", "adversaries=insiders,fraudsters"),
            a("data-sources=in-house,partners", "source-provenance=tracked-only", "training-set-size=1k-100k",
                    "labelling=in-house-experts", "data-storage=restricted", "serialisation=pickle-internal", "input-types=tabular,text",
                    "feature-count=100-10k", "model-family=deep-network", "features-known=partners", "pretrained-models=private-base",
                    "base-model-source=pinned-verified", "model-files=pickle-own", "ml-libraries=pinned-public",
                    "training-environment=own-restricted", "retraining=occasionally", "release-gate=validated-approved",
                    "production-feedback=reviewed", "model-location=own-server", "model-visibility=architecture-known",
                    "input-senders=employees", "prediction-consumers=internal"),
            a("security-testing=conventional", "attacks-evaluated=poisoning", "standards=certified", "certification=in-progress",
                    "adversarial-defences=robust-training", "training-data-properties=trusted-sources,validated,access-controlled,versioned",
                    "data-sanitisation=manual", "input-detection=logged", "access-control=strong", "performance-monitoring=with-fallback",
                    "overfitting=some", "data-minimisation=pseudonymised", "model-versioning=rollback-tested"));

    /**
     * A messaging app filters spam on the phone: a small linear text model ships inside the app (its
     * weights can be read from the package), learns from users' "report spam" taps that flow back
     * automatically, and is retrained weekly and pushed without review. Spammers gain from evading and
     * from poisoning it; the model itself is not worth much; the training messages are personal.
     */
    public static final Persona ON_DEVICE_SPAM = new Persona("on-device-spam", "on-device spam filter learning from user reports",
            a("threat-analysis=once", "vulnerability-monitoring=ad-hoc", "risk-metrics=informal", "risk-ranking=listed",
                    "response-procedures=generic-it", "response-rehearsed=never", "risk-owner=ml-team",
                    "impact-poisoning=serious", "impact-evasion=serious", "impact-stealing=noticeable", "impact-inference=serious",
                    "domain=fraud-security", "prediction-use=automated", "decision-reversible=eventually",
                    "damage-kinds=financial,reputation", "data-assets=personal", "adversaries=fraudsters,competitors"),
            a("data-sources=customers", "source-provenance=tracked-only", "customer-count=very-many", "customer-share=traced-only",
                    "training-set-size=over-10m", "labelling=users", "label-changes=sampled", "data-storage=restricted",
                    "serialisation=safe-formats", "input-types=text", "feature-count=over-10k", "model-family=linear-trees",
                    "features-known=public", "pretrained-models=none", "model-files=safe-formats", "ml-libraries=pinned-public",
                    "training-environment=own-restricted", "retraining=regularly", "release-gate=automatic",
                    "production-feedback=automatic", "model-location=in-app", "model-visibility=parameters-accessible",
                    "input-senders=anyone", "prediction-consumers=requester", "output-detail=label-only", "query-limits=neither"),
            a("security-testing=conventional", "attacks-evaluated=none", "standards=aligned", "certification=none",
                    "adversarial-defences=none", "training-data-properties=access-controlled,versioned", "data-sanitisation=manual",
                    "input-detection=none", "access-control=strong", "performance-monitoring=monitored", "overfitting=some",
                    "data-minimisation=pseudonymised", "model-versioning=versioned"));

    public static final List<Persona> ALL_PERSONAS = List.of(PUBLIC_API_OPEN, PUBLIC_API_HARDENED, INTERNAL_BATCH, HOSPITAL_TRIAGE,
            ON_DEVICE_SPAM);
}
