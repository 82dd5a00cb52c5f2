package dev.mlsec.assessor.app.ops;

/** A chat channel that readiness waits for. */
public interface ChannelStatus {

    /** A short name for logs and health: slack, discord. */
    String name();

    /** How it is connected, for the start-up log: "HTTP at /slack/events", "Socket Mode", "gateway". */
    String mode();

    boolean isConnected();
}
