package be.veerkracht.simulation;

/**
 * What a random draw is for. Part of the counter of every draw, so adding a new use of randomness never shifts the
 * numbers an existing use sees. Append new constants at the end: the ordinal is hashed.
 */
public enum DrawPurpose {
    /** The day's demand of a part. */
    DEMAND,
    /** When an event occurrence starts. */
    EVENT_START,
    /** How long an event occurrence lasts. */
    EVENT_DURATION,
    /** How many times an event happens in a scenario. */
    EVENT_COUNT
}
