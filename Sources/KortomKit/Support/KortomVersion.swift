/// The version Kortom writes into every summary's provenance.
public enum KortomVersion {
    public static let current = "0.1.0"
}
