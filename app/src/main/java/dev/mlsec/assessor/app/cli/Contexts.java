package dev.mlsec.assessor.app.cli;

import dev.mlsec.assessor.app.MlsecAssessorApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context for a command. */
public final class Contexts {

    private Contexts() {
    }

    /** The core only (store, engine, reports): no web server, no chat channels. */
    public static ConfigurableApplicationContext core() {
        return new SpringApplicationBuilder(MlsecAssessorApplication.class)
                .web(WebApplicationType.NONE)
                .properties("mlsec.channels.enabled=false", "logging.level.root=ERROR", "logging.level.dev.mlsec=ERROR")
                .logStartupInfo(false)
                .run();
    }

    /** The service: web server, Actuator and every configured channel. */
    public static ConfigurableApplicationContext service() {
        return new SpringApplicationBuilder(MlsecAssessorApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties("mlsec.channels.enabled=true")
                .run();
    }
}
