package dev.mlsec.assessor.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application that assembles the engine, the chat channels, the console and the CLI. */
@SpringBootApplication
public class MlsecAssessorApplication {

    public static void main(String[] args) {
        org.springframework.boot.SpringApplication.run(MlsecAssessorApplication.class, args);
    }
}
