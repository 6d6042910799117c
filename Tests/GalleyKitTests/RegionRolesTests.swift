import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Region roles decided before ordering: side-headings beside the text they open, whichever side
/// they are printed on, against near misses that must keep the order the whitespace gives.
@Suite struct RegionRolesTests {
    typealias Page = OrderByGeometryTests

    /// A narrow bold heading of one or two lines, in the margin column at `x`.
    static func sideHeading(_ lines: [String], x: Double, y: Double) -> Block {
        Page.block(lines, x: x, y: y, width: 70, size: 11, bold: true)
    }

    @Test func headingInARightColumnReadsBeforeTheTextBesideIt() {
        let blocks = [
            Page.paragraph("Swarms arrive in May.", lines: 6, x: 50, y: 100, width: 240),
            Page.paragraph("Open days are on Saturdays.", lines: 6, x: 50, y: 190, width: 240),
            Self.sideHeading(["Swarm", "Season"], x: 310, y: 100),
            Self.sideHeading(["Open Days"], x: 310, y: 190),
        ]
        let document = Page.run(blocks)
        #expect(
            Page.firstLines(document) == ["Swarm", "Swarms arrive in May.", "Open Days", "Open days are on Saturdays."])
    }

    @Test func headingInALeftMarginReadsBeforeItsText() {
        let blocks = [
            Self.sideHeading(["Roof Appeal"], x: 40, y: 106),
            Self.sideHeading(["Bookings"], x: 40, y: 196),
            Page.paragraph("After eighteen months", lines: 6, x: 130, y: 100, width: 300),
            Page.paragraph("From the first of July", lines: 6, x: 130, y: 190, width: 300),
        ]
        let document = Page.run(blocks)
        #expect(
            Page.firstLines(document) == ["Roof Appeal", "After eighteen months", "Bookings", "From the first of July"])
    }

    @Test func headingBesideALaterParagraphOfAFusedBlockSplitsIt() {
        // The reader fused a short dateline with the paragraph the heading opens.
        let fused = Page.block(
            ["News for members · Autumn", "For the first time in three years", "there are no urgent repairs left"],
            x: 50, y: 100, width: 300)
        var lines = fused.lines
        lines[0].box!.width = 200  // a short line: the dateline ends there
        let block = Block(lines: lines, page: 1)
        let document = Page.run([block, Self.sideHeading(["Repairs"], x: 370, y: 112)])
        #expect(
            Page.firstLines(document) == ["News for members · Autumn", "Repairs", "For the first time in three years"])
    }

    @Test func headingTwoLinesOffTheTextKeepsTheWhitespaceOrder() {
        // 2 L below the paragraph's top, beside no paragraph start: not a side-heading.
        let blocks = [
            Page.paragraph("Swarms arrive in May and", lines: 6, x: 50, y: 100, width: 240),
            Self.sideHeading(["Swarm Season"], x: 310, y: 124),
        ]
        #expect(Page.firstLines(Page.run(blocks)) == ["Swarms arrive in May and", "Swarm Season"])
    }

    @Test func wideOrPlainOrLabelBlocksAreNoSideHeadings() {
        let style = BodyStyle(size: 10, pitch: 12, family: "Times")
        // Body style, a form label and a lone number are not heading-like.
        #expect(!RegionRoles.isHeadingLike(Page.block(["plain words here"], x: 0, y: 0, width: 70), style: style))
        #expect(!RegionRoles.isHeadingLike(Self.sideHeading(["Tel:"], x: 0, y: 0), style: style))
        #expect(!RegionRoles.isHeadingLike(Self.sideHeading(["4"], x: 0, y: 0), style: style))
        #expect(RegionRoles.isHeadingLike(Self.sideHeading(["Open Days"], x: 0, y: 0), style: style))
        // A bold block as wide as the text beside it is a panel, not a side-heading.
        let blocks = [
            Page.paragraph("Swarms arrive in May.", lines: 6, x: 50, y: 100, width: 200),
            Page.block(["Sale Dates"], x: 270, y: 100, width: 180, size: 11, bold: true),
        ]
        #expect(RegionRoles.sideHeadings(blocks, style: style).isEmpty)
    }
}

extension RegionRolesTests {
    @Test func aColumnHeadingBesideTheNeighbourColumnsSentenceEndStaysInItsColumn() {
        // Two columns: "Lunch Menus" heads the right column, level with a sentence end in the
        // left column; its own text follows under it.
        let left = Page.block(
            ["Welcome back to the summer term.", "The children have returned full", "of stories from the holidays and"],
            x: 50, y: 100, width: 240)
        let blocks = [
            left,
            Page.heading("Lunch Menus", x: 310, y: 112, width: 80),
            Page.paragraph("The new lunch menus start", lines: 4, x: 310, y: 130, width: 240),
        ]
        #expect(
            Page.firstLines(Page.run(blocks)) == [
                "Welcome back to the summer term.", "Lunch Menus", "The new lunch menus start",
            ])
    }
}

// MARK: - Floats

extension RegionRolesTests {
    /// A boxed panel (a sans heading and text) floated into the right of a serif column, the
    /// lines beside it short, mid-sentence.
    static func panelPage(besideText: Bool) -> [Block] {
        func serif(_ lines: [String], x: Double, y: Double, width: Double) -> Block {
            let font = FontInfo(name: "LiberationSerif", size: 10)
            return Block(
                lines: lines.enumerated().map { offset, text in
                    Line(text, box: Rect(x: x, y: y + Double(offset) * 12, width: width, height: 10), font: font)
                }, page: 1)
        }
        func sans(_ lines: [String], x: Double, y: Double, bold: Bool = false) -> Block {
            let font = FontInfo(name: bold ? "DejaVuSans-Bold" : "DejaVuSans", size: bold ? 10 : 9.5, isBold: bold)
            return Block(
                lines: lines.enumerated().map { offset, text in
                    Line(text, box: Rect(x: x, y: y + Double(offset) * 12, width: 120, height: 10), font: font)
                }, page: 1)
        }
        let filler = Array(repeating: "and the text of the article goes on here", count: 5)
        var blocks = [
            OrderByGeometryTests.heading("The Book Sale", x: 60, y: 80),
            serif(["Our book sale raises money"] + filler + ["anything with damp marks,"], x: 60, y: 100, width: 220),
        ]
        if besideText {
            blocks.append(serif(["because they simply do not", "sell and we have to pay", "to have them taken away."], x: 60, y: 190, width: 70))
        }
        blocks += [
            sans(["Sale Dates"], x: 150, y: 190, bold: true),
            sans(["Friday 17 July, members", "Saturday 18 July, all"], x: 150, y: 204),
            serif(["Donations can be left at the desk."] + filler, x: 60, y: 250, width: 220),
            OrderByGeometryTests.heading("Volunteers", x: 60, y: 340),
        ]
        return blocks
    }

    @Test func aPanelInterruptingASentenceReadsAfterItsArticle() {
        let document = Page.run(Self.panelPage(besideText: true))
        #expect(
            Page.firstLines(document) == [
                "The Book Sale", "Our book sale raises money", "Donations can be left at the desk.", "Sale Dates",
                "Friday 17 July, members", "Volunteers",
            ])
        // The sentence reads whole across the panel, and the move is recorded.
        #expect(document.pages[0].blocks[1].text.contains("damp marks, because they simply"))
        #expect(document.audit.repairs.contains { $0.kind == .moved && $0.after.hasPrefix("Sale Dates") })
    }

    @Test func aPanelBetweenFinishedParagraphsStaysWhereItIs() {
        // Nothing beside the panel: it stands between two paragraphs and keeps its place.
        let document = Page.run(Self.panelPage(besideText: false))
        #expect(
            Page.firstLines(document) == [
                "The Book Sale", "Our book sale raises money", "Sale Dates", "Friday 17 July, members",
                "Donations can be left at the desk.", "Volunteers",
            ])
        #expect(!document.audit.repairs.contains { $0.kind == .moved })
    }

    // MARK: Justified lines cut at their spaces

    @Test func piecesOfAJustifiedLineUnderAFullLineJoinAgain() {
        let font = FontInfo(name: "Times", size: 10)
        func line(_ text: String, x: Double, y: Double, width: Double) -> Line {
            Line(text, box: Rect(x: x, y: y, width: width, height: 10), font: font)
        }
        let lines = [
            line("the trustees thank the web designer", x: 60, y: 100, width: 300),
            line("new", x: 60, y: 112, width: 20), line("system", x: 120, y: 112, width: 35),
            line("was", x: 200, y: 112, width: 20), line("set", x: 340, y: 112, width: 20),
            line("for the hall.", x: 60, y: 124, width: 60),
        ]
        #expect(
            BlockBuilder.blocks(lines, page: 1).map(\.text) == [
                "the trustees thank the web designer new system was set for the hall."
            ])
    }

    @Test func linesOfTwoColumnsOnOneBaselineStayApart() {
        // The line above spans only the left column: the right piece is the next column's line.
        let font = FontInfo(name: "Times", size: 10)
        func line(_ text: String, x: Double, y: Double, width: Double) -> Line {
            Line(text, box: Rect(x: x, y: y, width: width, height: 10), font: font)
        }
        let lines = [
            line("left column text runs on", x: 60, y: 100, width: 200),
            line("and on down the page", x: 60, y: 112, width: 200),
            line("right column opens here", x: 290, y: 112, width: 200),
        ]
        #expect(BlockBuilder.blocks(lines, page: 1).count == 2)
    }
}

// MARK: Interleaved flows

extension RegionRolesTests {
    static func line(_ text: String, x: Double, y: Double, width: Double, font: FontInfo) -> Line {
        Line(text, box: Rect(x: x, y: y, width: width, height: 10), font: font)
    }

    @Test func linesOfAPanelInterleavedWithTheTextBesideItFormTwoBlocks() {
        // Poppler gives the text's and the panel's lines in turn; each flow is one block.
        let serif = FontInfo(name: "Times-Roman", size: 10), sans = FontInfo(name: "Helvetica", size: 9)
        let lines = [
            Self.line("because they simply do", x: 48, y: 100, width: 90, font: serif),
            Self.line("Friday 17 July, members", x: 160, y: 100, width: 110, font: sans),
            Self.line("not sell and we have", x: 48, y: 112, width: 90, font: serif),
            Self.line("only. Saturday 18 July,", x: 160, y: 112, width: 110, font: sans),
            Self.line("to pay to have them", x: 48, y: 124, width: 90, font: serif),
        ]
        #expect(
            BlockBuilder.blocks(lines, page: 1).map(\.text) == [
                "because they simply do not sell and we have to pay to have them",
                "Friday 17 July, members only. Saturday 18 July,",
            ])
    }

    @Test func aLabelColumnBesideItsValuesStaysRowByRow() {
        // Labels and values differ only in weight: a grid read row by row, not two columns.
        let bold = FontInfo(name: "Arial-Bold", size: 10, isBold: true), plain = FontInfo(name: "Arial", size: 10)
        let lines = [
            Self.line("Tel:", x: 48, y: 100, width: 20, font: bold),
            Self.line("0113 496 0000", x: 120, y: 100, width: 70, font: plain),
            Self.line("Email:", x: 48, y: 112, width: 30, font: bold),
            Self.line("hello@example.org", x: 120, y: 112, width: 90, font: plain),
        ]
        #expect(BlockBuilder.blocks(lines, page: 1).count == 4)
    }

    @Test func anItalicNoteInASmallerSizeIsNotJoinedToTheTextUnderIt() {
        let italic = FontInfo(name: "Charter-Italic", size: 9, isItalic: true)
        let roman = FontInfo(name: "Charter-Roman", size: 10)
        let lines = [
            Self.line("from page 1)", x: 48, y: 100, width: 60, font: italic),
            Self.line("Routes for the month are", x: 48, y: 111, width: 150, font: roman),
        ]
        #expect(BlockBuilder.blocks(lines, page: 1).count == 2)
    }
}

extension RegionRolesTests {
    @Test func aLineRunningIntoTheMarginDoesNotHideTheSideHeading() {
        // The paragraph's second line (a long address) runs under the heading's column.
        var body = Page.paragraph("From the first of July", lines: 5, x: 50, y: 100, width: 240)
        body.lines[1].box!.width = 300
        body.box = Rect.union(body.lines.compactMap(\.box))
        let blocks = [
            Page.paragraph("Earlier text of the page", lines: 3, x: 50, y: 50, width: 240),
            body, Self.sideHeading(["Bookings"], x: 310, y: 103),
        ]
        #expect(Page.firstLines(Page.run(blocks)) == ["Earlier text of the page", "Bookings", "From the first of July"])
    }
}

extension RegionRolesTests {
    @Test func aBoxFloatedAtAParagraphsStartReadsAfterTheArticle() {
        // A contents box floated right at the top of the article, level with its first lines,
        // the masthead just above: the box is read after the article, the masthead stays first.
        let serif = FontInfo(name: "LiberationSerif", size: 11)
        let sans = FontInfo(name: "DejaVuSans", size: 7.5), sansBold = FontInfo(name: "DejaVuSans-Bold", size: 7.5, isBold: true)
        func block(_ lines: [String], x: Double, y: Double, width: Double, font: FontInfo, pitch: Double = 14) -> Block {
            Block(
                lines: lines.enumerated().map { offset, text in
                    Line(text, box: Rect(x: x, y: y + Double(offset) * pitch, width: width, height: font.size), font: font)
                }, page: 1)
        }
        let filler = Array(repeating: "and the report of the wardens goes on", count: 3)
        let blocks = [
            block(["Ottermouth Estuary Wardens · Issue 9"], x: 42, y: 87, width: 250, font: sans),
            OrderByGeometryTests.heading("Wardens' Report", x: 42, y: 100),
            block(["In this issue"], x: 258, y: 112, width: 50, font: sansBold),
            block(["It has been a long, wet winter", "on the estuary, clearing storm"], x: 42, y: 126, width: 200, font: serif),
            block(["Report … p.1", "Survey … p.2", "Walks … p.4"], x: 258, y: 122, width: 93, font: sans, pitch: 10),
            block(["debris from the footpaths."] + filler, x: 42, y: 176, width: 335, font: serif),
            OrderByGeometryTests.heading("The Saltmarsh Survey", x: 42, y: 250),
        ]
        let document = OrderByGeometryTests.run(blocks)
        #expect(
            OrderByGeometryTests.firstLines(document) == [
                "Ottermouth Estuary Wardens · Issue 9", "Wardens' Report", "It has been a long, wet winter",
                "In this issue", "Report … p.1", "The Saltmarsh Survey",
            ])
        #expect(document.pages[0].blocks[2].text.hasSuffix("clearing storm debris from the footpaths. " + filler.joined(separator: " ")))
    }
}

extension RegionRolesTests {
    /// Column 1 ends "…who can explain", a boxed panel under it, column 2 opens "the hand signals".
    static func panelAtColumnFoot(continues: Bool) -> [Block] {
        let sans = FontInfo(name: "Helvetica", size: 8), sansBold = FontInfo(name: "Helvetica-Bold", size: 8, isBold: true)
        func block(_ lines: [String], x: Double, y: Double, font: FontInfo) -> Block {
            Block(
                lines: lines.enumerated().map { offset, text in
                    Line(text, box: Rect(x: x, y: y + Double(offset) * 10, width: 150, height: 8), font: font)
                }, page: 1)
        }
        return [
            Page.paragraph("Club runs leave the cross", lines: 20, x: 50, y: 100, width: 160),
            Page.block(["paired with a member, who can explain"], x: 50, y: 340, width: 160),
            block(["Ride Leaders Wanted"], x: 55, y: 356, font: sansBold),
            block(["We need six more ride leaders.", "Training is free."], x: 55, y: 368, font: sans),
            Page.block([continues ? "the hand signals and the calls" : "The hand signals are on the forum."], x: 240, y: 100, width: 160),
            Page.paragraph("and more of the text", lines: 5, x: 240, y: 115, width: 160),
            Page.heading("Club Kit Order", x: 240, y: 190),
        ]
    }

    @Test func aPanelBetweenTheHalvesOfASentenceAcrossAColumnBreakReadsAfterTheArticle() {
        let document = Page.run(Self.panelAtColumnFoot(continues: true))
        let firsts = Page.firstLines(document)
        #expect(Array(firsts.suffix(3)) == ["Ride Leaders Wanted", "We need six more ride leaders.", "Club Kit Order"])
        #expect(document.pages[0].blocks.contains { $0.text.contains("who can explain the hand signals") })
    }

    @Test func aPanelAtAColumnFootAfterAFinishedSentenceStaysThere() {
        var blocks = Self.panelAtColumnFoot(continues: false)
        blocks[1] = Page.block(["paired with a member for a month."], x: 50, y: 340, width: 160)
        let firsts = Page.firstLines(Page.run(blocks))
        #expect(firsts.firstIndex(of: "Ride Leaders Wanted")! < firsts.firstIndex(of: "The hand signals are on the forum.")!)
    }
}

extension RegionRolesTests {
    @Test func anArticleRunsOnThroughItsPullQuoteAndJumpLineToTheNextHeading() {
        let style = BodyStyle(size: 10, pitch: 12, family: "Times")
        func block(_ text: String, _ font: FontInfo) -> Block {
            Block(lines: [Line(text, box: Rect(x: 0, y: 0, width: 100, height: font.size), font: font)], page: 1)
        }
        #expect(RegionRoles.continuesArticle(block("Continued on page 3", FontInfo(name: "Times-Italic", size: 9, isItalic: true)), style: style))
        #expect(RegionRoles.continuesArticle(block("“Each new rider…”", FontInfo(name: "Times-Italic", size: 12, isItalic: true)), style: style))
        #expect(!RegionRoles.continuesArticle(block("Club Kit Order", FontInfo(name: "Helvetica-Bold", size: 11, isBold: true)), style: style))
        #expect(!RegionRoles.continuesArticle(block("Club Kit Order", FontInfo(name: "Helvetica", size: 14)), style: style))
    }
}
