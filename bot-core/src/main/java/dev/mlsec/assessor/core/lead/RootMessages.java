package dev.mlsec.assessor.core.lead;

import dev.mlsec.assessor.core.assessment.RootLocation;

/**
 * Where the core tells a channel that an assessment's status changed, so it can redraw the
 * assessment's root message. The channel only draws: the view holds everything it shows.
 * Implementations return at once and never throw; the drawing may happen later.
 */
@FunctionalInterface
public interface RootMessages {

    RootMessages NONE = (where, status) -> {
    };

    /** The assessment whose root message is at {@code where} now reads like this (its progress line changed). */
    void statusChanged(RootLocation where, RootView view);

    /**
     * The next round of the assessment whose root message is at {@code previous} is open: post
     * {@code next} as a new root message where the previous one is, say {@code note} in the previous
     * one's thread, and hand the new message's place to {@code placed}. Channels that cannot post do nothing.
     */
    default void roundOpened(RootLocation previous, RootView next, String note, java.util.function.Consumer<RootLocation> placed) {
    }
}
