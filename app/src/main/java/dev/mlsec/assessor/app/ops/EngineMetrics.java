package dev.mlsec.assessor.app.ops;

import dev.mlsec.assessor.core.engine.EngineListener;
import dev.mlsec.assessor.core.engine.Refusal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The engine's events as Micrometer metrics (Prometheus at /actuator/prometheus). Tags are
 * questionnaire ids, command kinds and refusal reasons only: nothing identifies a respondent.
 */
@Component
public class EngineMetrics implements EngineListener {

    private final MeterRegistry registry;
    private final Counter storeErrors;

    public EngineMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.storeErrors = Counter.builder("mlsec.store.errors").description("Store failures during a step").register(registry);
    }

    @Override
    public void answered(String questionnaireId) {
        registry.counter("mlsec.answers", "questionnaire", questionnaireId).increment();
    }

    @Override
    public void completed(String questionnaireId) {
        registry.counter("mlsec.completions", "questionnaire", questionnaireId).increment();
    }

    @Override
    public void abandoned(String questionnaireId) {
        registry.counter("mlsec.abandoned", "questionnaire", questionnaireId).increment();
    }

    @Override
    public void step(String commandKind, long nanos, Refusal refusal) {
        Timer.builder("mlsec.step").description("Time to handle one command, store round trips included")
                .tag("command", commandKind).tag("outcome", refusal == null ? "ok" : refusal.name().toLowerCase(java.util.Locale.ROOT))
                .publishPercentiles(0.5, 0.99).register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void storeFailed() {
        storeErrors.increment();
    }
}
