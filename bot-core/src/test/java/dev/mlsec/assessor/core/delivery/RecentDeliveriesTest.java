package dev.mlsec.assessor.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentDeliveriesTest {

    @Test
    void a_key_is_first_once_and_a_repeat_after_that() {
        RecentDeliveries recent = new RecentDeliveries(10);
        assertThat(recent.first("tr-1")).isTrue();
        assertThat(recent.first("tr-1")).isFalse();
        assertThat(recent.first("tr-2")).isTrue();
    }

    @Test
    void a_missing_key_is_never_taken_for_a_repeat() {
        RecentDeliveries recent = new RecentDeliveries(10);
        assertThat(recent.first(null)).isTrue();
        assertThat(recent.first(null)).isTrue();
        assertThat(recent.first("")).isTrue();
        assertThat(recent.first("")).isTrue();
    }

    @Test
    void beyond_its_capacity_the_oldest_key_is_forgotten() {
        RecentDeliveries recent = new RecentDeliveries(2);
        recent.first("a");
        recent.first("b");
        recent.first("c");
        assertThat(recent.first("a")).as("forgotten").isTrue();
        assertThat(recent.first("c")).as("remembered").isFalse();
    }
}
