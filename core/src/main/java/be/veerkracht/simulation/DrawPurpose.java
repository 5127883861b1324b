package be.veerkracht.simulation;

/**
 * What a random draw is for. Part of the counter of every draw, so adding a new use of randomness never shifts the
 * numbers an existing use sees. Append new constants at the end: the ordinal is hashed.
 */
public enum DrawPurpose {
    /** The day's demand of a part. */
    DEMAND,
    /** Whether and when an event starts (reserved for the event catalogue). */
    EVENT_START,
    /** How long an event lasts (reserved for the event catalogue). */
    EVENT_DURATION
}
