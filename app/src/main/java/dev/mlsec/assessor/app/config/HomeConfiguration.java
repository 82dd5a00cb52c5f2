package dev.mlsec.assessor.app.config;

import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.home.HomeService;
import dev.mlsec.assessor.core.identity.Pseudonymizer;
import dev.mlsec.assessor.core.lead.Leads;
import dev.mlsec.assessor.core.report.ReportService;
import dev.mlsec.assessor.core.store.GuardedRunStore;
import dev.mlsec.assessor.core.store.MongoRunStore;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Each person's home; every channel serves it with its own answer to "is this person a lead here?". */
@Configuration(proxyBeanMethods = false)
public class HomeConfiguration {

    @Bean
    HomeService homeService(List<Questionnaire> questionnaires, MongoRunStore runs, Pseudonymizer pseudonyms,
                            AssessmentService assessments, ReportService reports) {
        return new HomeService(questionnaires, new GuardedRunStore(runs), pseudonyms, assessments, reports, Leads.NOBODY);
    }
}
