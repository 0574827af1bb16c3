package vn.hoso.archive.dossier;

/** How a dossier reached the office; ASSISTED means a village's community digital team submitted it for the citizen. */
public enum Channel { ONLINE, DIRECT, POST, ASSISTED }
