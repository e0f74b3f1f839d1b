#include "MimeMessage.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSet>
#include <QUrl>
#include <QUuid>

namespace keyturn {

namespace {

constexpr int kFoldColumn = 78;     // RFC 5322: lines SHOULD be at most 78 characters
constexpr int kMaxLine = 998;       // RFC 5322: lines MUST be at most 998 characters
constexpr int kMaxEncodedWord = 75; // RFC 2047
constexpr int kQuotedPrintableLine = 76;

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) || text.contains(QChar(0));
}

/// The text with its control characters made visible, for an error message.
QString visible(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

bool isAtext(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(c);
}

/// dot-atom-text: atext runs separated by single dots.
bool isDotAtom(const QByteArray &text)
{
    if (text.isEmpty() || text.startsWith('.') || text.endsWith('.') || text.contains(".."))
        return false;
    for (const char c : text) {
        if (c != '.' && !isAtext(c))
            return false;
    }
    return true;
}

bool isHostName(const QByteArray &domain)
{
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    for (const QByteArray &label : domain.split('.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-'))
            return false;
        for (const char c : label) {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
                return false;
        }
    }
    return true;
}

/// A header field being written, folded before a token that would pass column 78.
class FoldedHeader
{
public:
    explicit FoldedHeader(const QByteArray &name) : m_text(name + ':'), m_column(int(name.size()) + 1) {}

    void append(const QByteArray &token)
    {
        if (m_tokensOnLine > 0 && m_column + 1 + token.size() > kFoldColumn) {
            m_text += "\r\n";
            m_column = 0;
            m_tokensOnLine = 0;
        }
        m_text += ' ';
        m_text += token;
        m_column += 1 + int(token.size());
        ++m_tokensOnLine;
    }
    /// Room for the next token on the current line, counting its leading space.
    int roomOnLine() const { return kFoldColumn - m_column - 1; }
    const QByteArray &text() const { return m_text; }

private:
    QByteArray m_text;
    int m_column;
    int m_tokensOnLine = 0;
};

/// Appends `text` as RFC 2047 "B" encoded words in UTF-8, each whole characters and at most 75 long.
void appendEncodedWords(FoldedHeader &header, const QString &text)
{
    const QByteArray prefix = "=?UTF-8?B?";
    const QByteArray suffix = "?=";
    const int overhead = int(prefix.size() + suffix.size());
    auto capacity = [&](int room) { return ((std::min(room, kMaxEncodedWord) - overhead) / 4) * 3; };

    // With too little room left on the line, the next word starts a new one.
    auto nextLimit = [&] {
        const int limit = capacity(header.roomOnLine());
        return limit >= 12 ? limit : capacity(kFoldColumn - 1);
    };
    QByteArray chunk;
    int limit = nextLimit();
    auto flush = [&] {
        header.append(prefix + chunk.toBase64() + suffix);
        chunk.clear();
        limit = nextLimit();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            length = 2;
        const QByteArray character = text.mid(i, length).toUtf8();
        i += length - 1;
        if (!chunk.isEmpty() && chunk.size() + character.size() > limit)
            flush();
        chunk += character;
    }
    if (!chunk.isEmpty())
        flush();
}

/// Whether `text` may be written as it is in a header: printable ASCII, no "=?" a reader would take for an
/// encoded word, single spaces between words and none at the ends (so folding keeps it intact).
bool isPlainHeaderText(const QString &text, int maxWord)
{
    if (!isPrintableAscii(text) || text.contains(QLatin1String("=?")) || text.startsWith(QLatin1Char(' ')) ||
        text.endsWith(QLatin1Char(' ')) || text.contains(QLatin1String("  ")))
        return false;
    const QStringList words = text.split(QLatin1Char(' '));
    return std::all_of(words.begin(), words.end(), [maxWord](const QString &w) { return w.size() <= maxWord; });
}

/// A display name as a phrase: atoms, a quoted string, or encoded words.
void appendPhrase(FoldedHeader &header, const QString &name)
{
    if (name.size() <= 60 && isPlainHeaderText(name, 60)) {
        const QByteArray latin = name.toLatin1();
        bool atoms = true;
        for (const char c : latin)
            atoms = atoms && (c == ' ' || isAtext(c));
        if (atoms) {
            for (const QByteArray &word : latin.split(' '))
                header.append(word);
        } else {
            QByteArray quoted = latin;
            quoted.replace('\\', "\\\\").replace('"', "\\\"");
            header.append('"' + quoted + '"');
        }
        return;
    }
    appendEncodedWords(header, name);
}

QString unquote(const QString &quoted)
{
    QString out;
    for (qsizetype i = 1; i + 1 < quoted.size(); ++i) {
        if (quoted.at(i) == QLatin1Char('\\') && i + 2 < quoted.size())
            ++i;
        out += quoted.at(i);
    }
    return out;
}

bool isValidMessageId(const QByteArray &id)
{
    if (id.size() < 5 || id.size() > 900 || !id.startsWith('<') || !id.endsWith('>'))
        return false;
    const QByteArray inner = id.mid(1, id.size() - 2);
    const qsizetype at = inner.indexOf('@');
    if (at < 0 || inner.indexOf('@', at + 1) >= 0)
        return false;
    return isDotAtom(inner.left(at)) && isDotAtom(inner.mid(at + 1));
}

QByteArray domainOf(const QByteArray &addrSpec)
{
    return addrSpec.mid(addrSpec.lastIndexOf('@') + 1);
}

QByteArray partHeaders(const char *mimeType)
{
    return QByteArray("Content-Type: ") + mimeType +
           "; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n";
}

} // namespace

Result<MimeMessage::Address> MimeMessage::parseAddress(const QString &text)
{
    if (hasLineBreak(text))
        return Error{
            tr("the address \"%1\" contains a line break, which a mail header cannot hold").arg(visible(text))};
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("an address is empty")};

    Address address;
    QString spec = trimmed;
    if (trimmed.endsWith(QLatin1Char('>'))) {
        const qsizetype open = trimmed.lastIndexOf(QLatin1Char('<'));
        if (open < 0)
            return Error{tr("the address \"%1\" has a \">\" without a \"<\"").arg(visible(text))};
        spec = trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed();
        QString name = trimmed.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
            name = unquote(name);
        for (const QChar c : name) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return Error{tr("the name in \"%1\" contains a control character").arg(visible(text))};
        }
        address.displayName = name;
    }

    const qsizetype at = spec.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == spec.size() - 1 || spec.indexOf(QLatin1Char('@')) != at)
        return Error{tr("\"%1\" is not a mail address of the form name@domain").arg(visible(text))};
    const QString local = spec.left(at);
    const QString domain = spec.mid(at + 1);
    if (!isPrintableAscii(local) || !isDotAtom(local.toLatin1()))
        return Error{tr("the part before the @ in \"%1\" is not a plain ASCII mailbox name").arg(visible(text))};
    const QByteArray asciiDomain = QUrl::toAce(domain);
    if (!isHostName(asciiDomain))
        return Error{tr("the domain in \"%1\" is not a valid host name").arg(visible(text))};
    address.addrSpec = local.toLatin1() + '@' + asciiDomain;
    return address;
}

QByteArray MimeMessage::unstructuredHeader(const QByteArray &name, const QString &text)
{
    if (text.isEmpty())
        return name + ':';
    FoldedHeader header(name);
    if (isPlainHeaderText(text, kMaxLine - kFoldColumn)) {
        for (const QString &word : text.split(QLatin1Char(' ')))
            header.append(word.toLatin1());
        return header.text();
    }
    appendEncodedWords(header, text);
    return header.text();
}

QByteArray MimeMessage::quotedPrintable(const QString &text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QByteArrayList lines = normalised.toUtf8().split('\n');

    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(normalised.size() * 3 / 2);
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray &line = lines.at(n);
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto byte = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            auto token = [&](bool lineStart) {
                const bool literal =
                    (byte >= 33 && byte <= 126 && byte != '=') || ((byte == ' ' || byte == '\t') && !last);
                // A "." opening a line could end the SMTP DATA; "From " opening one gets mangled by mbox.
                const bool guarded = lineStart && (byte == '.' || line.mid(i).startsWith("From "));
                if (literal && !guarded)
                    return QByteArray(1, char(byte));
                const char escaped[3] = {'=', hex[byte >> 4], hex[byte & 0x0f]};
                return QByteArray(escaped, 3);
            };
            QByteArray t = token(column == 0);
            // Keep room for the "=" of a soft line break, except for the line's last token.
            const int limit = last ? kQuotedPrintableLine : kQuotedPrintableLine - 1;
            if (column + t.size() > limit) {
                out += "=\r\n";
                column = 0;
                t = token(true);
            }
            out += t;
            column += int(t.size());
        }
        if (n + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray MimeMessage::rfc5322Date(const QDateTime &date)
{
    const QDateTime utc = (date.isValid() ? date : QDateTime::currentDateTimeUtc()).toUTC();
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " +0000";
}

Result<MimeMessage> MimeMessage::build(const MailMessage &message, const QDateTime &date)
{
    if (hasLineBreak(message.subject))
        return Error{tr("the subject contains a line break, which a mail header cannot hold: \"%1\"")
                         .arg(visible(message.subject))};
    if (hasLineBreak(message.messageId))
        return Error{tr("the Message-ID contains a line break: \"%1\"").arg(visible(message.messageId))};
    if (message.from.trimmed().isEmpty())
        return Error{tr("the message has no sender (From)")};
    if (message.to.isEmpty())
        return Error{tr("the message has no recipient (To)")};

    const auto from = parseAddress(message.from);
    if (!from)
        return Error{tr("From: %1").arg(from.errorMessage())};
    QList<Address> to;
    QSet<QByteArray> seen;
    for (const QString &text : message.to) {
        auto address = parseAddress(text);
        if (!address)
            return Error{tr("To: %1").arg(address.errorMessage())};
        if (seen.contains(address->addrSpec.toLower()))
            continue;
        seen.insert(address->addrSpec.toLower());
        to.append(std::move(address.value()));
    }

    MimeMessage mime;
    mime.sender = from->addrSpec;
    for (const Address &a : to)
        mime.recipients.append(a.addrSpec);
    if (message.messageId.isEmpty()) {
        mime.messageId =
            "<keyturn." + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@' + domainOf(mime.sender) + '>';
    } else {
        mime.messageId = message.messageId.toLatin1();
        if (!isPrintableAscii(message.messageId) || !isValidMessageId(mime.messageId))
            return Error{tr("the Message-ID \"%1\" is not of the form <id@domain>").arg(visible(message.messageId))};
    }

    QByteArray &out = mime.content;
    out += "Date: " + rfc5322Date(date) + "\r\n";
    FoldedHeader fromHeader("From");
    if (!from->displayName.isEmpty())
        appendPhrase(fromHeader, from->displayName);
    fromHeader.append(from->displayName.isEmpty() ? from->addrSpec : '<' + from->addrSpec + '>');
    out += fromHeader.text() + "\r\n";
    FoldedHeader toHeader("To");
    for (qsizetype i = 0; i < to.size(); ++i) {
        const QByteArray comma = i + 1 < to.size() ? "," : "";
        if (!to.at(i).displayName.isEmpty())
            appendPhrase(toHeader, to.at(i).displayName);
        toHeader.append((to.at(i).displayName.isEmpty() ? to.at(i).addrSpec : '<' + to.at(i).addrSpec + '>') + comma);
    }
    out += toHeader.text() + "\r\n";
    out += unstructuredHeader("Subject", message.subject) + "\r\n";
    out += "Message-ID: " + mime.messageId + "\r\n";
    // A notice is automatic: auto-responders should not answer it (RFC 3834).
    out += "Auto-Submitted: auto-generated\r\n";
    out += "MIME-Version: 1.0\r\n";

    const bool hasText = !message.textBody.isEmpty() || message.htmlBody.isEmpty();
    const bool hasHtml = !message.htmlBody.isEmpty();
    if (hasText && hasHtml) {
        // Quoted-printable writes every "=" as "=3D", so a boundary opening with "=_" cannot occur in a body.
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(mime.messageId);
        hash.addData(message.textBody.toUtf8());
        hash.addData(message.htmlBody.toUtf8());
        const QByteArray boundary = "=_keyturn_" + hash.result().toHex().left(32);
        out += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n";
        out += "\r\n";
        out += "--" + boundary + "\r\n";
        out += partHeaders("text/plain") + "\r\n";
        out += quotedPrintable(message.textBody) + "\r\n";
        out += "--" + boundary + "\r\n";
        out += partHeaders("text/html") + "\r\n";
        out += quotedPrintable(message.htmlBody) + "\r\n";
        out += "--" + boundary + "--\r\n";
    } else {
        out += partHeaders(hasHtml ? "text/html" : "text/plain") + "\r\n";
        out += quotedPrintable(hasHtml ? message.htmlBody : message.textBody) + "\r\n";
    }
    return mime;
}

} // namespace keyturn
