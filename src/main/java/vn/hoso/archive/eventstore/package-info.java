/**
 * Set-up of Axon's event store on the relational database (H2 file embedded, PostgreSQL on a server):
 * serialization, the actor and correlation metadata copied from commands onto events, and the PostgreSQL column mapping.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Event store")
package vn.hoso.archive.eventstore;
