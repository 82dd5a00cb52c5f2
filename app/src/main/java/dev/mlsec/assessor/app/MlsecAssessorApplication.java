package dev.mlsec.assessor.app;

import dev.mlsec.assessor.app.cli.ExitCodes;
import dev.mlsec.assessor.app.cli.MlsecCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import picocli.CommandLine;

/** The Spring Boot application that assembles the engine, the chat channels, the console and the CLI. */
@SpringBootApplication
@EnableScheduling
public class MlsecAssessorApplication {

    public static void main(String[] args) {
        int code = MlsecCli.commandLine().execute(args);
        if (code != ExitCodes.SERVING) {
            System.exit(code);
        }
    }
}
