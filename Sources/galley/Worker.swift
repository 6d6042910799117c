import ArgumentParser
import Foundation
import GalleyKit

/// `galley worker`: converts inputs of a batch in a process of its own (hidden; `galley batch`
/// spawns it through `WorkerPool`). It limits its own address space before anything else, then
/// converts the input named by its arguments, or with `--serve` each input requested on standard
/// input, writing each output atomically and printing one JSON line per input,
/// `{"warnings":N}` or `{"error":"…"}`.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Convert one input of a batch (used by galley batch; not for people).",
        shouldDisplay: false
    )

    /// Where a batch passes a PDF password, so that it does not show in `ps`.
    static let passwordVariable = "GALLEY_WORKER_PASSWORD"
    /// Seconds past the batch's own timeout after which a worker still on one input ends itself
    /// (SIGALRM), should the batch that would have killed it be gone.
    static let alarmMargin: Double = 30

    @Option(help: "The batch's output folder.")
    var outputDir: String

    @Option(help: "Output formats, comma-separated.")
    var format: String = "json"

    @Option(help: "Dictionary language.")
    var lang: String = "en_GB"

    @Option(help: "Bytes of address space this worker may map.")
    var maxMemory: Int = WorkerLimits.defaultMaxMemory

    @Option(help: "The batch's per-file timeout in seconds.")
    var timeout: Double = WorkerLimits.defaultTimeout

    @Option(help: "Largest input read, in bytes.")
    var maxInputSize: Int = InputFile.defaultMaxSize

    @Flag(help: "Extract a long PDF's pages on two threads, and read a long document's ligature pass on several.")
    var parallelPages = false

    @Option(help: "Whether a tagged PDF's structure tree is read: auto, on or off.")
    var structure: PDFReader.StructureUse = .auto

    @Flag(help: "Keep each input's JSON for its report pictures, even when json is not among the formats.")
    var pictures = false

    @Flag(help: "Add each PDF block's printed lines to the JSON (spans).")
    var spans = false

    @Flag(help: "Serve requests: one JSON line {\"path\":…,\"name\":…} per input on standard input.")
    var serve = false

    @Argument(help: "The input's path, then its relative name in the batch (without --serve).")
    var input: [String] = []

    func run() throws {
        var limit = rlimit(rlim_cur: rlim_t(maxMemory), rlim_max: rlim_t(maxMemory))
        _ = setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
        // A hostile input's crash should not leave a core file the size of the limit.
        var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &noCore)
        guard serve || input.count == 2 else {
            throw ValidationError("expected the input's path and its relative name, or --serve")
        }
        let formats: [OutputFormat]
        let converter: Converter
        do {
            formats = try format.split(separator: ",").map { name in
                guard let format = OutputFormat(rawValue: String(name)) else {
                    throw GalleyError.internalError("unknown format \(name)")
                }
                return format
            }
            let password = ProcessInfo.processInfo.environment[Self.passwordVariable]
            converter = try Converter(
                options: ConvertOptions(language: lang, password: password, parallelPages: parallelPages, structure: structure))
        } catch {
            fail(error)
        }
        guard serve else {
            let code = convert(BatchInput(path: input[0], relativePath: input[1]), converter: converter, formats: formats).code
            if code != 0 { throw ExitCode(code) }
            return
        }
        // One request per line until the batch closes standard input.
        let decoder = JSONDecoder()
        // The JSON of the input converted last: its pictures, asked for next, are drawn from it.
        var last: (name: String, json: Data)?
        while let line = readLine(strippingNewline: true) {
            guard let request = try? decoder.decode(WorkerRequest.self, from: Data(line.utf8)) else {
                answer(WorkerResult(error: "internal error: unreadable worker request"))
                continue
            }
            let input = BatchInput(path: request.path, relativePath: request.name, rawPath: request.rawPath)
            if request.pictures == true {
                let json = last?.name == input.relativePath ? last?.json : nil
                drawPictures(input, json: json, converter: converter, formats: formats)
            } else {
                let json = convert(input, converter: converter, formats: formats).json
                last = json.map { (input.relativePath, $0) }
            }
        }
    }

    /// Draws an input's report pictures from its JSON (`json`, else its JSON output, else a new
    /// conversion) under its alarm and answers with the files written.
    private func drawPictures(_ input: BatchInput, json: Data?, converter: Converter, formats: [OutputFormat]) {
        let name = input.relativePath
        alarm(UInt32(min(timeout + Self.alarmMargin, Double(UInt32.max / 2)).rounded(.up)))
        defer { alarm(0) }
        // A path that is not UTF-8 has no URL to hand the drawing.
        guard input.rawPath == nil else {
            answer(WorkerResult(pictures: []))
            return
        }
        do {
            let folder = outputDir.hasSuffix("/") ? outputDir : outputDir + "/"
            var document = json
            if document == nil, formats.contains(.json) {
                document = FileManager.default.contents(atPath: folder + "\(name).\(OutputFormat.json.fileExtension)")
            }
            if document == nil {
                document = try OutputFormat.json.writer.write(
                    try converter.convert(BatchRunner.inputFile(input, maxSize: maxInputSize)))
            }
            let written = try BatchPictures.write(
                input: name, pdf: URL(fileURLWithPath: input.path), json: document!, outputDirectory: outputDir,
                drawing: InspectDrawing(password: ProcessInfo.processInfo.environment[Self.passwordVariable]))
            answer(WorkerResult(pictures: written))
        } catch {
            answer(WorkerResult(error: (error as? GalleyError)?.description ?? "\(name): \(GalleyError.reason(error))"))
        }
    }

    /// Converts one input under its alarm, writes its outputs and answers; the exit status it
    /// would have on its own, and the input's JSON.
    private func convert(_ input: BatchInput, converter: Converter, formats: [OutputFormat]) -> (code: Int32, json: Data?) {
        let name = input.relativePath
        alarm(UInt32(min(timeout + Self.alarmMargin, Double(UInt32.max / 2)).rounded(.up)))
        defer { alarm(0) }
        do {
            let file = try BatchRunner.inputFile(input, maxSize: maxInputSize)
            guard !file.bytes.isEmpty else { throw GalleyError.emptyInput(name) }
            let document = try converter.convert(file)
            let folder = outputDir.hasSuffix("/") ? outputDir : outputDir + "/"
            var json: Data?
            var outputsSHA256: [String] = []
            for format in formats {
                let output = folder + "\(name).\(format.fileExtension)"
                let data = try format.writer(spans: spans).write(document)
                if format == .json { json = data }
                // Not fsynced: the batch records the output's hash, and a later run that finds
                // other bytes (a power cut lost or cut it) converts the input again.
                try AtomicFile.write(data, to: output, durable: false)
                outputsSHA256.append(SHA256.hex(data))
            }
            if json == nil && pictures { json = try? OutputFormat.json.writer.write(document) }
            answer(
                WorkerResult(
                    warnings: document.audit.warnings.count, sha256: document.source.sha256, outputsSHA256: outputsSHA256))
            return (0, json)
        } catch {
            let (message, code): (String, Int32)
            switch error {
            case let error as GalleyError: (message, code) = (error.description, error.exitCode)
            default: (message, code) = ("\(name): \(GalleyError.reason(error))", 70)
            }
            answer(WorkerResult(error: message))
            return (code, nil)
        }
    }

    /// The one line the batch reads per input.
    private func answer(_ result: WorkerResult) {
        if let line = result.plainLine ?? (try? Manifest.line(result)) { FileHandle.standardOutput.write(line) }
    }
}
