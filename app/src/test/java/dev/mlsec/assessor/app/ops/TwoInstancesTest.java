package dev.mlsec.assessor.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.app.MlsecAssessorApplication;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.ConversationEngine;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.store.EmbeddedMongo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The app holds no conversation state: a run started on one instance continues on another. */
class TwoInstancesTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext instance(String uri, Path dir) {
        return new SpringApplicationBuilder(MlsecAssessorApplication.class).web(WebApplicationType.NONE)
                .run("--mlsec.mongodb-uri=" + uri, "--mlsec.secret=" + "s".repeat(40), "--mlsec.data-dir=" + dir);
    }

    @Test
    void a_run_started_on_one_instance_continues_on_another_sharing_the_store() {
        try (EmbeddedMongo store = EmbeddedMongo.inMemory();
             ConfigurableApplicationContext first = instance(store.connectionString() + "/mlsec", data.resolve("a"));
             ConfigurableApplicationContext second = instance(store.connectionString() + "/mlsec", data.resolve("b"))) {
            Respondent alice = new Respondent(Platform.SLACK, "T1", "U1");
            Reply.Prompt started = (Reply.Prompt) first.getBean(ConversationEngine.class)
                    .handle(alice, new Command.Start("security", Optional.empty()));
            Reply next = second.getBean(ConversationEngine.class).handle(alice, new Command.Answer(
                    started.run().runId(), started.question().id(), List.of(started.question().options().get(0).id())));
            assertThat(next).isInstanceOf(Reply.Prompt.class);
            assertThat(((Reply.Prompt) next).progress().answered()).isEqualTo(1);
            Reply resumedOnFirst = first.getBean(ConversationEngine.class).handle(alice, new Command.Resume(Optional.empty()));
            assertThat(((Reply.Prompt) resumedOnFirst).question().id()).isEqualTo(((Reply.Prompt) next).question().id());
        }
    }
}
