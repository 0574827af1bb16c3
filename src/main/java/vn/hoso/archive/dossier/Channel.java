package vn.hoso.archive.dossier;

/** How a dossier reached the office. */
public enum Channel { ONLINE, DIRECT, POST }
