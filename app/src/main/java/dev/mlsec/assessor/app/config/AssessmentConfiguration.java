package dev.mlsec.assessor.app.config;

import dev.mlsec.assessor.core.assessment.AssessmentDirectory;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Assessments, reports, trends and exports. */
@Configuration(proxyBeanMethods = false)
public class AssessmentConfiguration {

    @Bean
    AssessmentDirectory assessmentDirectory() {
        return code -> Optional.empty();
    }
}
