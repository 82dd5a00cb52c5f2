package dev.mlsec.assessor.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RecommendationOrderTest {

    /** Runs {@link RecommendationOrderMain} in a new JVM; each JVM seeds the iteration order of immutable maps and sets anew. */
    private static String inFreshJvm(String... jvmOptions) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RecommendationOrderMain.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void the_same_answers_give_the_same_recommendation_order_in_separate_jvms() throws Exception {
        String here = RecommendationOrderMain.orders();
        String first = inFreshJvm("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2");
        String second = inFreshJvm("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=5", "-Xint");
        assertThat(here).contains("public-api-open: caller-authentication");
        assertThat(first).isEqualTo(here);
        assertThat(second).isEqualTo(here);
    }
}
