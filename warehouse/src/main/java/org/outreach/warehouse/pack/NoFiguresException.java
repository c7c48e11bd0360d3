package org.outreach.warehouse.pack;

/** The warehouse holds no figures for the period asked for: there is no pack to write. */
public final class NoFiguresException extends IllegalArgumentException {

    NoFiguresException(String message) {
        super(message);
    }
}
