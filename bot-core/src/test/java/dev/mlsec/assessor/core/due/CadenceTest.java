package dev.mlsec.assessor.core.due;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CadenceTest {

    @Test
    void days_and_weeks_are_read_in_their_usual_spellings() {
        assertThat(Cadence.parse("every 3d")).isEqualTo(new Cadence.Every(3));
        assertThat(Cadence.parse(" Every 2 weeks ")).isEqualTo(new Cadence.Every(14));
        assertThat(Cadence.parse("every 90 days")).isEqualTo(new Cadence.Every(90));
        assertThat(Cadence.parse("OFF")).isEqualTo(new Cadence.Off());
    }

    @Test
    void a_cadence_is_said_back_in_words() {
        assertThat(new Cadence.Every(1).words()).isEqualTo("every day");
        assertThat(new Cadence.Every(7).words()).isEqualTo("every week");
        assertThat(new Cadence.Every(14).words()).isEqualTo("every 2 weeks");
        assertThat(new Cadence.Every(3).words()).isEqualTo("every 3 days");
    }

    @Test
    void zero_days_is_refused_in_one_sentence() {
        assertThat(Cadence.parse("every 0d")).isEqualTo(new Cadence.Refused("An interval must be at least one day."));
    }

    @Test
    void an_absurdly_long_interval_is_refused_in_one_sentence() {
        assertThat(Cadence.parse("every 10000d")).isEqualTo(new Cadence.Refused("An interval may be at most 3650 days (about ten years)."));
        assertThat(Cadence.parse("every 999999999w")).isInstanceOf(Cadence.Refused.class);
    }

    @Test
    void a_number_with_no_unit_is_refused_in_one_sentence() {
        assertThat(Cadence.parse("every 3")).isEqualTo(new Cadence.Refused(
                "A number alone is not an interval: add its unit, e.g. `every 3d` for days."));
    }

    @Test
    void another_unit_is_refused_in_one_sentence() {
        assertThat(Cadence.parse("every 3h")).isEqualTo(new Cadence.Refused(
                "Intervals are counted in days (`d`) or weeks (`w`), e.g. `every 3d`."));
    }

    @Test
    void garbage_is_refused_in_one_sentence() {
        for (String garbage : new String[] {"", "soon", "every", "every -3d", "every 3d and more", "every ３d"}) {
            assertThat(Cadence.parse(garbage)).as(garbage).isEqualTo(new Cadence.Refused(
                    "I did not understand that: say how often as `every 3d` (days) or `every 2w` (weeks), or `off`."));
        }
        assertThat(Cadence.parse(null)).isInstanceOf(Cadence.Refused.class);
    }
}
