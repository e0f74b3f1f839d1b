#include "NoticeTemplate.h"
#include "core/Translate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <utility>

namespace keyturn {

namespace {

QString tr(const char *text)
{
    return translateIn({"NoticeTemplates", "keyturn::NoticeTemplates", "keyturn::PlaceholderScanner"}, text);
}

/// "subject" for line 0, else "line N": the prefix of every message about a template.
QString where(int line)
{
    return line == 0 ? tr("subject") : tr("line %1").arg(line);
}

/// The characters a backslash escapes (the subset documented in NoticeTemplate.h), and the ones escaped in values.
bool isEscapable(QChar c)
{
    static const QString punctuation = QStringLiteral("\\`*_[]#<>{}");
    return punctuation.contains(c);
}

QString escapeMarkdown(const QString &value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (const QChar c : value) {
        if (isEscapable(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString escapeHtml(QStringView text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

qsizetype leadingSpaces(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == QLatin1Char(' ') || line[i] == QLatin1Char('\t')))
        ++i;
    return i;
}

/// The number of backticks that open a fenced code block on this line (any indentation), or 0.
int fenceLength(QStringView line)
{
    const qsizetype start = leadingSpaces(line);
    qsizetype n = 0;
    while (start + n < line.size() && line[start + n] == QLatin1Char('`'))
        ++n;
    if (n < 3 || line.mid(start + n).contains(QLatin1Char('`')))
        return 0;
    return int(n);
}

bool closesFence(QStringView line, int openLength)
{
    const QStringView t = line.trimmed();
    return t.size() >= openLength && t.count(QLatin1Char('`')) == t.size();
}

/// Where the run of `length` backticks that closes a code span opened before `from` starts, or -1. Code spans do
/// not cross lines (the template scanner is line based, and the renderer must see code exactly where it does).
qsizetype codeSpanClose(QStringView s, qsizetype from, qsizetype length)
{
    for (qsizetype j = from; j < s.size();) {
        if (s[j] == QLatin1Char('\n'))
            return -1;
        if (s[j] != QLatin1Char('`')) {
            ++j;
            continue;
        }
        qsizetype run = 0;
        while (j + run < s.size() && s[j + run] == QLatin1Char('`'))
            ++run;
        if (run == length)
            return j;
        j += run;
    }
    return -1;
}

qsizetype backtickRun(QStringView s, qsizetype at)
{
    qsizetype n = 0;
    while (at + n < s.size() && s[at + n] == QLatin1Char('`'))
        ++n;
    return n;
}

bool isPlaceholderName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(name).hasMatch();
}

/// One well-formed {{name}} found in a template.
struct Occurrence
{
    int line = 0;  ///< 0: the subject
    QString name;  ///< without braces and spaces
    QString raw;   ///< as written, e.g. "{{ contact }}"
    bool inCode{}; ///< inside inline code or a fenced block
};

/// Decides what an occurrence becomes in the rebuilt text (and records problems with it).
using Replacer = std::function<QString(const Occurrence &)>;

/// Walks template text and rebuilds it, handing every {{placeholder}} to a Replacer. Markdown mode knows fenced
/// blocks, inline code spans and backslash escapes (so \{\{x\}\} is no placeholder); plain mode (the subject) does
/// not. Malformed and unbalanced braces go to `syntaxErrors`.
class PlaceholderScanner
{
public:
    PlaceholderScanner(const Replacer &replace, QStringList &syntaxErrors)
        : m_replace(replace), m_syntaxErrors(syntaxErrors)
    {}

    QString subject(const QString &subject)
    {
        QString out;
        scanSegment(subject, 0, false, out);
        return out;
    }

    QString body(const QString &markdown)
    {
        const QStringList lines = markdown.split(QLatin1Char('\n'));
        QStringList out;
        out.reserve(lines.size());
        int fence = 0;
        for (int i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            QString rebuilt;
            if (fence > 0) {
                if (closesFence(line, fence))
                    fence = 0;
                scanSegment(line, i + 1, true, rebuilt);
            } else if (const int opening = fenceLength(line); opening > 0) {
                fence = opening;
                scanSegment(line, i + 1, true, rebuilt);
            } else {
                scanMarkdownLine(line, i + 1, rebuilt);
            }
            out << rebuilt;
        }
        return out.join(QLatin1Char('\n'));
    }

private:
    void scanMarkdownLine(QStringView line, int lineNo, QString &out)
    {
        qsizetype textStart = 0;
        for (qsizetype i = 0; i < line.size();) {
            if (line[i] == QLatin1Char('\\') && i + 1 < line.size() && isEscapable(line[i + 1])) {
                i += 2;
                continue;
            }
            if (line[i] != QLatin1Char('`')) {
                ++i;
                continue;
            }
            const qsizetype run = backtickRun(line, i);
            const qsizetype close = codeSpanClose(line, i + run, run);
            if (close < 0) {
                i += run;
                continue;
            }
            scanSegment(line.mid(textStart, i + run - textStart), lineNo, false, out);
            scanSegment(line.mid(i + run, close - i - run), lineNo, true, out);
            out += line.mid(close, run);
            i = textStart = close + run;
        }
        scanSegment(line.mid(textStart), lineNo, false, out);
    }

    /// Text without code spans (or the content of one, `code`): finds the placeholders in it.
    void scanSegment(QStringView s, int lineNo, bool code, QString &out)
    {
        for (qsizetype i = 0; i < s.size();) {
            if (!code && lineNo > 0 && s[i] == QLatin1Char('\\') && i + 1 < s.size() && isEscapable(s[i + 1])) {
                out += s.mid(i, 2);
                i += 2;
                continue;
            }
            if (s.mid(i, 2) == QLatin1String("{{")) {
                const qsizetype close = s.indexOf(QLatin1String("}}"), i + 2);
                if (close < 0) {
                    m_syntaxErrors << tr("%1: unbalanced braces: {{ without }}").arg(where(lineNo));
                    out += s.mid(i);
                    return;
                }
                Occurrence o;
                o.line = lineNo;
                o.raw = s.mid(i, close + 2 - i).toString();
                o.name = s.mid(i + 2, close - i - 2).trimmed().toString();
                o.inCode = code;
                if (isPlaceholderName(o.name)) {
                    out += m_replace(o);
                } else {
                    m_syntaxErrors << tr("%1: malformed placeholder %2").arg(where(lineNo), o.raw);
                    out += o.raw;
                }
                i = close + 2;
                continue;
            }
            // Outside code a stray }} is a typo like {contact}}; in code it is ordinary (JSON, nested blocks).
            if (!code && s.mid(i, 2) == QLatin1String("}}")) {
                m_syntaxErrors << tr("%1: unbalanced braces: }} without {{").arg(where(lineNo));
                out += s.mid(i, 2);
                i += 2;
                continue;
            }
            out += s[i];
            ++i;
        }
    }

    const Replacer &m_replace;
    QStringList &m_syntaxErrors;
};

const QSet<QString> &knownNames()
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const PlaceholderInfo &info : NoticeTemplates::knownPlaceholders())
            set.insert(info.name);
        return set;
    }();
    return names;
}

/// Each message once, in the order found.
QString joinProblems(const QStringList &problems)
{
    QStringList unique;
    for (const QString &p : problems) {
        if (!unique.contains(p))
            unique << p;
    }
    return unique.join(QLatin1String("; "));
}

void checkShape(const NoticeTemplate &tmpl, QStringList &problems)
{
    if (tmpl.subject.trimmed().isEmpty())
        problems << tr("subject: the subject is empty");
    else if (tmpl.subject.contains(QLatin1Char('\n')) || tmpl.subject.contains(QLatin1Char('\r')))
        problems << tr("subject: the subject must be a single line");
    if (tmpl.bodyMarkdown.trimmed().isEmpty())
        problems << tr("the body is empty");
}

// ---- Rendering ----

struct Inline
{
    QString text;
    QString html;

    void addText(QStringView t)
    {
        text += t;
        html += escapeHtml(t);
    }
    void append(const Inline &other)
    {
        text += other.text;
        html += other.html;
    }
};

bool isSafeUrl(const QString &url)
{
    for (const QChar c : url) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    for (const char *scheme : {"http://", "https://", "mailto:"}) {
        const QLatin1String s(scheme);
        if (url.startsWith(s, Qt::CaseInsensitive) && url.size() > s.size())
            return true;
    }
    return false;
}

QString resolveEscapes(QStringView s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('\\') && i + 1 < s.size() && isEscapable(s[i + 1]))
            ++i;
        out += s[i];
    }
    return out;
}

/// Where an emphasis run of exactly `length` asterisks closes, or -1. The closer follows no whitespace; escapes and
/// code spans are skipped, and so are runs of another length (nested emphasis).
qsizetype emphasisClose(QStringView s, qsizetype from, qsizetype length)
{
    for (qsizetype j = from; j < s.size();) {
        const QChar c = s[j];
        if (c == QLatin1Char('\\') && j + 1 < s.size() && isEscapable(s[j + 1])) {
            j += 2;
        } else if (c == QLatin1Char('`')) {
            const qsizetype run = backtickRun(s, j);
            const qsizetype close = codeSpanClose(s, j + run, run);
            j = close < 0 ? j + run : close + run;
        } else if (c == QLatin1Char('*')) {
            qsizetype run = 0;
            while (j + run < s.size() && s[j + run] == QLatin1Char('*'))
                ++run;
            if (run == length && j > from && !s[j - 1].isSpace())
                return j;
            j += run;
        } else {
            ++j;
        }
    }
    return -1;
}

struct LinkMatch
{
    qsizetype labelEnd = -1; ///< index of ]
    qsizetype urlEnd = -1;   ///< index of )
};

/// [label](url) starting at `at` (a '['), or a match with labelEnd -1.
LinkMatch matchLink(QStringView s, qsizetype at)
{
    LinkMatch m;
    int depth = 0;
    qsizetype j = at + 1;
    for (; j < s.size(); ++j) {
        const QChar c = s[j];
        if (c == QLatin1Char('\\') && j + 1 < s.size() && isEscapable(s[j + 1])) {
            ++j;
        } else if (c == QLatin1Char('`')) {
            const qsizetype run = backtickRun(s, j);
            const qsizetype close = codeSpanClose(s, j + run, run);
            j = (close < 0 ? j + run : close + run) - 1;
        } else if (c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char(']')) {
            if (depth-- == 0)
                break;
        }
    }
    if (j + 1 >= s.size() || s[j] != QLatin1Char(']') || s[j + 1] != QLatin1Char('('))
        return m;
    int parens = 0;
    for (qsizetype k = j + 2; k < s.size(); ++k) {
        const QChar c = s[k];
        if (c == QLatin1Char('\n'))
            return m;
        if (c == QLatin1Char('\\') && k + 1 < s.size() && isEscapable(s[k + 1])) {
            ++k;
        } else if (c == QLatin1Char('(')) {
            ++parens;
        } else if (c == QLatin1Char(')')) {
            if (parens-- == 0) {
                m.labelEnd = j;
                m.urlEnd = k;
                return m;
            }
        }
    }
    return m;
}

/// The inline subset: escapes, `code`, **strong**, *emphasis*, [text](url). Everything else is literal text.
Inline parseInline(QStringView s, bool inLink = false)
{
    Inline out;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        if (c == QLatin1Char('\\') && i + 1 < s.size() && isEscapable(s[i + 1])) {
            out.addText(s.mid(i + 1, 1));
            i += 2;
            continue;
        }
        if (c == QLatin1Char('`')) {
            const qsizetype run = backtickRun(s, i);
            const qsizetype close = codeSpanClose(s, i + run, run);
            if (close < 0) {
                out.addText(s.mid(i, run));
                i += run;
                continue;
            }
            QStringView code = s.mid(i + run, close - i - run);
            if (code.size() >= 2 && code.startsWith(QLatin1Char(' ')) && code.endsWith(QLatin1Char(' ')) &&
                !code.trimmed().isEmpty())
                code = code.mid(1, code.size() - 2);
            out.text += code;
            out.html += QLatin1String("<code>") + escapeHtml(code) + QLatin1String("</code>");
            i = close + run;
            continue;
        }
        if (c == QLatin1Char('[') && !inLink) {
            const LinkMatch m = matchLink(s, i);
            if (m.labelEnd >= 0) {
                const Inline label = parseInline(s.mid(i + 1, m.labelEnd - i - 1), true);
                const QString url = resolveEscapes(s.mid(m.labelEnd + 2, m.urlEnd - m.labelEnd - 2)).trimmed();
                const bool sameAsLabel = label.text == url || QString(QLatin1String("mailto:") + label.text) == url;
                if (isSafeUrl(url)) {
                    out.text += sameAsLabel ? label.text : QStringLiteral("%1 (%2)").arg(label.text, url);
                    out.html += QStringLiteral("<a href=\"%1\">%2</a>").arg(escapeHtml(url), label.html);
                } else {
                    // Not a scheme we link (javascript:, data:, ...): shown as text, never as a link.
                    out.append(label);
                    if (!sameAsLabel)
                        out.addText(QStringLiteral(" (%1)").arg(url));
                }
                i = m.urlEnd + 1;
                continue;
            }
        }
        if (c == QLatin1Char('*')) {
            qsizetype run = 0;
            while (i + run < s.size() && s[i + run] == QLatin1Char('*'))
                ++run;
            const qsizetype length = run >= 2 ? 2 : 1;
            const bool opens = i + length < s.size() && !s[i + length].isSpace();
            const qsizetype close = opens ? emphasisClose(s, i + length, length) : -1;
            if (close > i + length) {
                const Inline inner = parseInline(s.mid(i + length, close - i - length), inLink);
                const QLatin1String tag(length == 2 ? "strong" : "em");
                out.text += inner.text;
                out.html += QStringLiteral("<%1>%2</%1>").arg(tag, inner.html);
                i = close + length;
                continue;
            }
            out.addText(s.mid(i, run));
            i += run;
            continue;
        }
        out.addText(s.mid(i, 1));
        ++i;
    }
    return out;
}

struct Block
{
    enum Kind
    {
        Heading,
        Paragraph,
        Bullets,
        Numbers,
        Code
    } kind = Paragraph;
    int level = 0;       ///< headings
    int start = 1;       ///< numbered lists
    QStringList entries; ///< paragraph or code lines, list items
};

QList<Block> parseBlocks(const QString &markdown)
{
    static const QRegularExpression heading(QStringLiteral("^\\s*(#{1,3})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
    static const QRegularExpression bullet(QStringLiteral("^\\s*[-*][ \\t]+(.*)$"));
    static const QRegularExpression numbered(QStringLiteral("^\\s*(\\d{1,9})[.)][ \\t]+(.*)$"));

    QStringList lines = markdown.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }

    QList<Block> blocks;
    bool afterBlank = true; // the previous line was blank (or there was none)
    bool listOpen = false;  // the last block is a list that a following item or continuation may extend
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            afterBlank = true;
            continue;
        }
        const bool wasAfterBlank = std::exchange(afterBlank, false);

        if (const int fence = fenceLength(line); fence > 0) {
            const qsizetype indent = leadingSpaces(line);
            Block code{Block::Code, 0, 1, {}};
            for (++i; i < lines.size() && !closesFence(lines.at(i), fence); ++i) {
                const QString &content = lines.at(i);
                code.entries << content.mid(std::min(indent, leadingSpaces(content)));
            }
            blocks << code;
            listOpen = false;
            continue;
        }
        if (const auto m = heading.match(line); m.hasMatch()) {
            blocks << Block{Block::Heading, int(m.capturedLength(1)), 1, {m.captured(2).trimmed()}};
            listOpen = false;
            continue;
        }
        const auto b = bullet.match(line);
        const auto n = b.hasMatch() ? QRegularExpressionMatch() : numbered.match(line);
        if (b.hasMatch() || n.hasMatch()) {
            const Block::Kind kind = b.hasMatch() ? Block::Bullets : Block::Numbers;
            const QString item = (b.hasMatch() ? b.captured(1) : n.captured(2)).trimmed();
            if (listOpen && blocks.last().kind == kind) {
                blocks.last().entries << item;
            } else {
                blocks << Block{kind, 0, kind == Block::Numbers ? n.captured(1).toInt() : 1, {item}};
                listOpen = true;
            }
            continue;
        }
        // Continuation of a list item: right below it, or indented after a blank line.
        if (listOpen && (!wasAfterBlank || leadingSpaces(line) >= 2)) {
            blocks.last().entries.last() += QLatin1Char('\n') + line.trimmed();
            continue;
        }
        listOpen = false;
        if (!wasAfterBlank && !blocks.isEmpty() && blocks.last().kind == Block::Paragraph)
            blocks.last().entries << line.trimmed();
        else
            blocks << Block{Block::Paragraph, 0, 1, {line.trimmed()}};
    }
    return blocks;
}

QString indentContinuation(QString text, qsizetype width)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(width, QLatin1Char(' ')));
}

} // namespace

Result<void> NoticeTemplates::validate(const NoticeTemplate &tmpl)
{
    QStringList problems;
    checkShape(tmpl, problems);
    const Replacer check = [&problems](const Occurrence &o) {
        if (!knownNames().contains(o.name))
            problems << tr("%1: unknown placeholder {{%2}}").arg(where(o.line), o.name);
        return o.raw;
    };
    PlaceholderScanner scanner(check, problems);
    (void)scanner.subject(tmpl.subject);
    (void)scanner.body(tmpl.bodyMarkdown);
    if (!problems.isEmpty())
        return Error{joinProblems(problems)};
    return {};
}

Result<FilledNotice> NoticeTemplates::fill(const NoticeTemplate &tmpl, const QHash<QString, QString> &values)
{
    QStringList problems;
    checkShape(tmpl, problems);
    const Replacer replace = [&problems, &values](const Occurrence &o) {
        if (!knownNames().contains(o.name)) {
            problems << tr("%1: unknown placeholder {{%2}}").arg(where(o.line), o.name);
            return o.raw;
        }
        const QString value = values.value(o.name);
        if (value.trimmed().isEmpty()) {
            problems << tr("%1: placeholder {{%2}} has no value").arg(where(o.line), o.name);
            return o.raw;
        }
        if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
            problems << tr("%1: the value of {{%2}} must be a single line").arg(where(o.line), o.name);
            return o.raw;
        }
        if (o.line == 0)
            return value; // the subject is plain text, not Markdown
        if (o.inCode) {
            // Code shows its content as is: a backtick could end the code, {{ would read as a placeholder.
            if (value.contains(QLatin1Char('`')) || value.contains(QLatin1String("{{")) ||
                value.contains(QLatin1String("}}"))) {
                problems << tr("%1: the value of {{%2}} holds ` or {{ }} and cannot be placed in code")
                                .arg(where(o.line), o.name);
                return o.raw;
            }
            return value;
        }
        return escapeMarkdown(value);
    };
    PlaceholderScanner scanner(replace, problems);
    FilledNotice filled;
    filled.subject = scanner.subject(tmpl.subject);
    filled.bodyMarkdown = scanner.body(tmpl.bodyMarkdown);
    if (!problems.isEmpty())
        return Error{joinProblems(problems)};
    return filled;
}

Result<RenderedBody> NoticeTemplates::render(const QString &markdown)
{
    QStringList leftovers;
    QStringList ignoredSyntax; // stray braces are literal text here; only a whole {{name}} is refused
    const Replacer check = [&leftovers](const Occurrence &o) {
        leftovers << tr("%1: placeholder {{%2}} is not filled").arg(where(o.line), o.name);
        return o.raw;
    };
    PlaceholderScanner scanner(check, ignoredSyntax);
    (void)scanner.body(markdown);
    if (!leftovers.isEmpty())
        return Error{joinProblems(leftovers)};

    QStringList text;
    QStringList html;
    QString title;
    for (const Block &block : parseBlocks(markdown)) {
        switch (block.kind) {
        case Block::Heading: {
            const Inline h = parseInline(block.entries.first());
            if (h.text.isEmpty())
                break;
            if (title.isEmpty())
                title = h.text;
            const QChar rule = block.level == 1 ? QLatin1Char('=') : QLatin1Char('-');
            text << h.text + QLatin1Char('\n') + QString(h.text.size(), rule);
            html << QStringLiteral("<h%1>%2</h%1>").arg(block.level).arg(h.html);
            break;
        }
        case Block::Paragraph: {
            const Inline p = parseInline(block.entries.join(QLatin1Char('\n')));
            text << p.text;
            html << QLatin1String("<p>") + p.html + QLatin1String("</p>");
            break;
        }
        case Block::Bullets:
        case Block::Numbers: {
            const bool numbered = block.kind == Block::Numbers;
            QStringList textItems;
            QString list = numbered && block.start != 1 ? QStringLiteral("<ol start=\"%1\">\n").arg(block.start)
                                                        : QLatin1String(numbered ? "<ol>\n" : "<ul>\n");
            for (qsizetype k = 0; k < block.entries.size(); ++k) {
                const Inline item = parseInline(block.entries.at(k));
                const QString marker = numbered ? QStringLiteral("%1. ").arg(block.start + k) : QStringLiteral("- ");
                textItems << marker + indentContinuation(item.text, marker.size());
                list += QLatin1String("<li>") + item.html + QLatin1String("</li>\n");
            }
            list += QLatin1String(numbered ? "</ol>" : "</ul>");
            text << textItems.join(QLatin1Char('\n'));
            html << list;
            break;
        }
        case Block::Code: {
            QStringList indented;
            for (const QString &line : block.entries)
                indented << (line.trimmed().isEmpty() ? QString() : QLatin1String("    ") + line);
            text << indented.join(QLatin1Char('\n'));
            html << QLatin1String("<pre><code>") + escapeHtml(block.entries.join(QLatin1Char('\n'))) +
                        QLatin1String("</code></pre>");
            break;
        }
        }
    }

    RenderedBody body;
    body.text = text.isEmpty() ? QString() : text.join(QLatin1String("\n\n")) + QLatin1Char('\n');
    body.html = QLatin1String("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>") +
                escapeHtml(title.isEmpty() ? tr("Notice") : title) + QLatin1String("</title></head><body>\n") +
                (html.isEmpty() ? QString() : html.join(QLatin1Char('\n')) + QLatin1Char('\n')) +
                QLatin1String("</body></html>");
    return body;
}

} // namespace keyturn
