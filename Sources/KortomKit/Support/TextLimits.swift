/// Cuts texts to the character limits of the case note fields.
///
/// Limits count Unicode scalars, which is how JSON Schema's `maxLength` (and so the Open Klant
/// API) counts characters.
public enum TextLimits {
    public static func length(_ text: String) -> Int { text.unicodeScalars.count }

    /// `text` cut at a word boundary to at most `limit` scalars, with `…` when it was cut.
    public static func truncate(_ text: String, to limit: Int) -> String {
        guard length(text) > limit else { return text }
        var scalars = Array(text.unicodeScalars.prefix(limit - 1))
        if let space = scalars.lastIndex(of: " "), space > limit / 2 { scalars.removeSubrange(space...) }
        while let last = scalars.last, last == " " || last == "," || last == ";" || last == ":" { scalars.removeLast() }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result) + "…"
    }
}
