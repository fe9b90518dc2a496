package org.trustwork.practice;

public enum Cadence {
    ONCE, DAILY, WEEKLY
}
