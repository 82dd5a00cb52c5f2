package dev.mlsec.assessor.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActionRouteTest {

    @Test
    void a_route_reads_back_from_its_action_id() {
        ActionRoute route = ActionRoute.of(ActionRoute.Kind.ANSWER, "s-1", "data-source", "public");

        assertThat(route.actionId()).isEqualTo("mlsec|a|s-1|data-source|public");
        assertThat(ActionRoute.parse(route.actionId())).contains(route);
    }

    @Test
    void foreign_or_malformed_action_ids_are_not_routes() {
        assertThat(ActionRoute.parse("approve_all")).isEmpty();
        assertThat(ActionRoute.parse("mlsec|zz|s1|q1")).isEmpty();
        assertThat(ActionRoute.parse("mlsec|a|s1|q1")).isEmpty();
        assertThat(ActionRoute.parse("mlsec|a|s1||o1")).isEmpty();
        assertThat(ActionRoute.parse(null)).isEmpty();
    }

    @Test
    void an_id_with_the_separator_is_rejected() {
        assertThatThrownBy(() -> new ActionRoute(ActionRoute.Kind.PAUSE, List.of("s|1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
