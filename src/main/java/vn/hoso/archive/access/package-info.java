/**
 * Who is acting and what they may see: resolves the person (or system process) behind a request, so every command
 * and event names its actor, and the actor's {@link vn.hoso.archive.access.Role} from configuration; a role sees the
 * records whose {@link vn.hoso.archive.access.Sensitivity} it is cleared for.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package vn.hoso.archive.access;
