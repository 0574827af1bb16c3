package vn.hoso.archive.audit;

import vn.hoso.archive.access.Actor;

/** How an actor acted, told from the name recorded with the event: system processes are named {@code system:…}. */
enum ActorRole {
    OFFICIAL, SYSTEM, UNIDENTIFIED;

    static ActorRole of(String actor) {
        if (actor.startsWith("system:")) {
            return SYSTEM;
        }
        return actor.equals(Actor.ANONYMOUS.name()) || actor.equals("unknown") ? UNIDENTIFIED : OFFICIAL;
    }
}
