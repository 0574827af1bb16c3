/**
 * Set-up of Axon's event store on the relational database (H2 file embedded, PostgreSQL on a server): Axon's JDBC
 * storage engine and token store, the processors the read models share, the actor and correlation metadata copied
 * from commands onto events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Event store")
package vn.hoso.archive.eventstore;
