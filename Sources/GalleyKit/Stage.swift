/// One step of the pipeline: it reads the document and writes it back, with an audit record
/// for everything it removed or changed.
///
/// Stages never throw on messy text: what they cannot decide they leave alone or note as a
/// warning. Only reading and writing files throws.
package protocol Stage: Sendable {
    /// A short name for logs and errors, the type's own name by default.
    var name: String { get }
    func run(_ document: inout Document, context: StageContext)
}

extension Stage {
    package var name: String { String(describing: type(of: self)) }
}

/// What every stage may consult besides the document.
package struct StageContext: Sendable {
    /// The dictionary used for word decisions.
    package var lexicon: any Lexicon
    /// The document's vocabulary, counted once per conversion: `Pipeline.run` gives each run its own.
    var sharedVocabulary: SharedVocabulary?
    /// Whether a stage may spread a long document's work over threads: off in a batch that
    /// already runs one conversion per core.
    package var usesThreads = true

    package init(lexicon: any Lexicon) {
        self.lexicon = lexicon
    }
}
