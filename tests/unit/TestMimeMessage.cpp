#include "core/net/MimeMessage.h"

#include <QRegularExpression>
#include <QTest>

using namespace keyturn;

namespace {

QDateTime fixedDate()
{
    return QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
}

MailMessage sampleMessage()
{
    MailMessage m;
    m.from = QStringLiteral("Keyturn <noreply@example.org>");
    m.to = {QStringLiteral("alice@example.org")};
    m.subject = QStringLiteral("Your API key rotates on Friday");
    m.textBody = QStringLiteral("Hello Alice,\nthe key rotates on Friday.\n");
    m.htmlBody = QStringLiteral("<p>Hello Alice,</p>\n<p>the key rotates on Friday.</p>\n");
    m.messageId = MailMessage::messageIdForNotice(7, QStringLiteral("example.org"));
    return m;
}

MimeMessage built(const MailMessage &message)
{
    auto result = MimeMessage::build(message, fixedDate());
    if (!result)
        qFatal("build failed: %s", qPrintable(result.errorMessage()));
    return result.value();
}

/// The header block, unfolded, by lower-case name; and the body.
struct Split
{
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
};

Split split(const QByteArray &content)
{
    Split s;
    const qsizetype end = content.indexOf("\r\n\r\n");
    QByteArray block = content.left(end);
    block.replace("\r\n ", " ").replace("\r\n\t", "\t");
    for (const QByteArray &line : block.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        const qsizetype colon = l.indexOf(':');
        s.headers.insert(l.left(colon).toLower(), l.mid(colon + 1).trimmed());
    }
    s.body = content.mid(end + 4);
    return s;
}

/// Decodes RFC 2047 "B" words in UTF-8 and drops the white space between adjacent ones.
QString decodeWords(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    const QString text = QString::fromLatin1(value);
    QByteArray out;
    qsizetype pos = 0;
    bool lastWasWord = false;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString between = text.mid(pos, m.capturedStart() - pos);
        if (!(lastWasWord && between.trimmed().isEmpty()))
            out += between.toUtf8();
        out += QByteArray::fromBase64(m.captured(1).toLatin1());
        pos = m.capturedEnd();
        lastWasWord = true;
    }
    out += text.mid(pos).toUtf8();
    return QString::fromUtf8(out);
}

QByteArray decodeQuotedPrintable(QByteArray qp)
{
    qp.replace("=\r\n", "");
    QByteArray out;
    for (qsizetype i = 0; i < qp.size(); ++i) {
        if (qp.at(i) == '=' && i + 2 < qp.size()) {
            out += QByteArray::fromHex(qp.mid(i + 1, 2));
            i += 2;
        } else {
            out += qp.at(i);
        }
    }
    return out;
}

QString crlf(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
}

QByteArray boundaryOf(const QByteArray &contentType)
{
    static const QRegularExpression re(QStringLiteral("boundary=\"([^\"]+)\""));
    return re.match(QString::fromLatin1(contentType)).captured(1).toLatin1();
}

/// The parts of a multipart body: each part's headers and decoded content.
QList<Split> partsOf(const QByteArray &body, const QByteArray &boundary)
{
    QList<Split> parts;
    const QByteArray delimiter = "\r\n--" + boundary;
    QByteArray rest = "\r\n" + body;
    qsizetype start = rest.indexOf(delimiter);
    while (start >= 0) {
        const qsizetype contentStart = start + delimiter.size();
        if (rest.mid(contentStart, 2) == "--")
            break;
        const qsizetype next = rest.indexOf(delimiter, contentStart);
        if (next < 0)
            break;
        Split part = split(rest.mid(contentStart + 2, next - contentStart - 2));
        part.body = decodeQuotedPrintable(part.body);
        parts.append(part);
        start = next;
    }
    return parts;
}

} // namespace

class TestMimeMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void subject_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<bool>("plain");
        QTest::newRow("ascii") << QStringLiteral("Your API key rotates on Friday") << true;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("german") << QStringLiteral("Schlüsselwechsel am Freitag – bitte handeln") << false;
        QTest::newRow("emoji and cjk, long")
            << QStringLiteral("🔑 鍵の更新 ").repeated(20) + QStringLiteral("終わり") << false;
        QTest::newRow("long ascii is folded") << QStringLiteral("rotate the key ").repeated(20).trimmed() << true;
        QTest::newRow("looks like an encoded word") << QStringLiteral("=?UTF-8?B?aGk=?= is not encoded") << false;
        QTest::newRow("double spaces") << QStringLiteral("two  spaces") << false;
        QTest::newRow("tab") << QStringLiteral("a\tb") << false;
    }
    void subject()
    {
        QFETCH(QString, subject);
        QFETCH(bool, plain);
        MailMessage m = sampleMessage();
        m.subject = subject;
        const MimeMessage mime = built(m);
        const QByteArray header = MimeMessage::unstructuredHeader("Subject", subject);
        QVERIFY(mime.content.contains("\r\n" + header + "\r\n"));
        for (QByteArray line : header.split('\n')) {
            line.chop(line.endsWith('\r') ? 1 : 0);
            QVERIFY2(line.size() <= 78, line.constData());
        }
        QCOMPARE(header.contains("=?UTF-8?B?"), !plain);
        QCOMPARE(decodeWords(split(mime.content).headers.value("subject")), subject);
    }

    void bodies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("simple") << QStringLiteral("Hello\nWorld\n");
        QTest::newRow("no final newline") << QStringLiteral("Hello");
        QTest::newRow("long ascii line") << QStringLiteral("0123456789").repeated(500);
        QTest::newRow("long non-ascii line") << QStringLiteral("Grüße ✓ ").repeated(400);
        QTest::newRow("long line of spaces") << QStringLiteral(" ").repeated(300) + QStringLiteral("x");
        QTest::newRow("lone dot line") << QStringLiteral("before\n.\nafter");
        QTest::newRow("smtp end marker") << QStringLiteral("x\r\n.\r\ny\r\n.\r\n");
        QTest::newRow("dots opening lines") << QStringLiteral(".hidden\n..double\n. space");
        QTest::newRow("dot after soft break") << QStringLiteral("a").repeated(75) + QStringLiteral(".b");
        QTest::newRow("from line") << QStringLiteral("From here on\nFrom: x");
        QTest::newRow("trailing white space") << QStringLiteral("a  \nb\t\n \n");
        QTest::newRow("equals and boundary look-alike")
            << QStringLiteral("=_keyturn_0123 = =3D ==\n--=_keyturn_0123--\n");
        QTest::newRow("mixed line endings") << QStringLiteral("a\r\nb\rc\nd");
        QTest::newRow("blank lines") << QStringLiteral("\n\n\na\n\n");
        QTest::newRow("control characters") << QStringLiteral("a") + QChar(0) + QStringLiteral("b\u0001c\u007f");
        QTest::newRow("emoji") << QStringLiteral("🔑🔑🔑 rotated");
    }
    void bodies()
    {
        QFETCH(QString, text);
        MailMessage m = sampleMessage();
        m.textBody = text;
        m.htmlBody = QStringLiteral("<p>") + text + QStringLiteral("</p>");
        const QByteArray content = built(m).content;

        for (qsizetype i = 0; i < content.size(); ++i) {
            const char c = content.at(i);
            QVERIFY2(static_cast<unsigned char>(c) < 0x80, "the message is 7-bit");
            if (c == '\r')
                QVERIFY2(i + 1 < content.size() && content.at(i + 1) == '\n', "no bare CR");
            if (c == '\n')
                QVERIFY2(i > 0 && content.at(i - 1) == '\r', "no bare LF");
        }
        QVERIFY(content.endsWith("\r\n"));
        for (QByteArray line : content.split('\n')) {
            line.chop(line.endsWith('\r') ? 1 : 0);
            QVERIFY2(line.size() <= 78, line.constData());
            QVERIFY2(!line.startsWith('.'), "no line opens with a dot");
            QVERIFY2(!line.startsWith("From "), "no line opens with From");
        }

        const Split message = split(content);
        QVERIFY(message.headers.value("content-type").startsWith("multipart/alternative;"));
        const QByteArray boundary = boundaryOf(message.headers.value("content-type"));
        QVERIFY(boundary.startsWith("=_"));
        QCOMPARE(message.body.count("--" + boundary), 3);
        QVERIFY(message.body.endsWith("--" + boundary + "--\r\n"));

        const QList<Split> parts = partsOf(message.body, boundary);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0].headers.value("content-type"), QByteArray("text/plain; charset=UTF-8"));
        QCOMPARE(parts[0].headers.value("content-transfer-encoding"), QByteArray("quoted-printable"));
        QCOMPARE(parts[1].headers.value("content-type"), QByteArray("text/html; charset=UTF-8"));
        QCOMPARE(QString::fromUtf8(parts[0].body), crlf(text));
        QCOMPARE(QString::fromUtf8(parts[1].body), crlf(m.htmlBody));
    }

    void headerInjectionIsRejected_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("subject CRLF") << "subject" << QStringLiteral("Hi\r\nBcc: mallory@example.net");
        QTest::newRow("subject LF") << "subject" << QStringLiteral("Hi\nBcc: mallory@example.net");
        QTest::newRow("subject CR") << "subject" << QStringLiteral("Hi\rBcc: mallory@example.net");
        QTest::newRow("subject NUL") << "subject" << QStringLiteral("Hi") + QChar(0) + QStringLiteral("there");
        QTest::newRow("subject CRLF CRLF body") << "subject" << QStringLiteral("Hi\r\n\r\nfake body");
        QTest::newRow("from CRLF") << "from" << QStringLiteral("noreply@example.org\r\nBcc: mallory@example.net");
        QTest::newRow("from name LF") << "from" << QStringLiteral("Key\nturn <noreply@example.org>");
        QTest::newRow("to LF") << "to" << QStringLiteral("alice@example.org\nBcc: mallory@example.net");
        QTest::newRow("message-id CRLF") << "messageId" << QStringLiteral("<a@example.org>\r\nBcc: m@example.net");
    }
    void headerInjectionIsRejected()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        MailMessage m = sampleMessage();
        if (field == QLatin1String("subject"))
            m.subject = value;
        else if (field == QLatin1String("from"))
            m.from = value;
        else if (field == QLatin1String("to"))
            m.to = {QStringLiteral("bob@example.org"), value};
        else
            m.messageId = value;
        const auto result = MimeMessage::build(m, fixedDate());
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().contains(QLatin1String("line break")), qPrintable(result.errorMessage()));
        // The message shows the offending value with its line break made visible, never raw.
        QVERIFY(!result.errorMessage().contains(QLatin1Char('\n')));
        QVERIFY(!result.errorMessage().contains(QLatin1Char('\r')));
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("addrSpec");
        QTest::newRow("bare") << "alice@example.org" << QString() << QByteArray("alice@example.org");
        QTest::newRow("named") << "Alice Liddell <alice@example.org>"
                               << "Alice Liddell" << QByteArray("alice@example.org");
        QTest::newRow("quoted") << "\"Doe, Jane\" <jane@example.org>"
                                << "Doe, Jane" << QByteArray("jane@example.org");
        QTest::newRow("quote in name") << "\"Jane \\\"JD\\\" Doe\" <jane@example.org>"
                                       << "Jane \"JD\" Doe" << QByteArray("jane@example.org");
        QTest::newRow("non-ascii name") << QStringLiteral("Jörg Müller <joerg@example.org>")
                                        << QStringLiteral("Jörg Müller") << QByteArray("joerg@example.org");
        QTest::newRow("international domain")
            << QStringLiteral("ops@bücher.de") << QString() << QByteArray("ops@xn--bcher-kva.de");
        QTest::newRow("spaces around") << "  Ops  < ops@example.org >  "
                                       << "Ops" << QByteArray("ops@example.org");
        QTest::newRow("plus and dots") << "first.last+keyturn@mail.example.org" << QString()
                                       << QByteArray("first.last+keyturn@mail.example.org");
    }
    void addresses()
    {
        QFETCH(QString, input);
        QFETCH(QString, name);
        QFETCH(QByteArray, addrSpec);
        const auto address = MimeMessage::parseAddress(input);
        QVERIFY2(address.ok(), qPrintable(address.errorMessage()));
        QCOMPARE(address->displayName, name);
        QCOMPARE(address->addrSpec, addrSpec);

        MailMessage m = sampleMessage();
        m.from = input;
        m.to = {input};
        const MimeMessage mime = built(m);
        QCOMPARE(mime.sender, addrSpec);
        QCOMPARE(mime.recipients, QByteArrayList{addrSpec});
        const Split s = split(mime.content);
        const QString from = decodeWords(s.headers.value("from"));
        QVERIFY2(from.endsWith(name.isEmpty() ? QString::fromLatin1(addrSpec)
                                              : QStringLiteral("<%1>").arg(QString::fromLatin1(addrSpec))),
                 qPrintable(from));
        QVERIFY2(from.contains(name.contains(QLatin1Char(',')) || name.contains(QLatin1Char('"'))
                                   ? QStringLiteral("\"%1\"").arg(
                                         QString(name).replace(QLatin1String("\""), QLatin1String("\\\"")))
                                   : name),
                 qPrintable(from));
        QCOMPARE(s.headers.value("from"), s.headers.value("to"));
    }

    void invalidAddresses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("no at sign") << QStringLiteral("alice.example.org");
        QTest::newRow("two at signs") << QStringLiteral("a@b@example.org");
        QTest::newRow("unterminated") << QStringLiteral("Alice <alice@example.org");
        QTest::newRow("no opening bracket") << QStringLiteral("Alice alice@example.org>");
        QTest::newRow("space in local part") << QStringLiteral("white space@example.org");
        QTest::newRow("non-ascii local part") << QStringLiteral("jörg@example.org");
        QTest::newRow("bad domain") << QStringLiteral("alice@exa_mple.org");
        QTest::newRow("empty label") << QStringLiteral("alice@example..org");
        QTest::newRow("control in name") << QStringLiteral("Al\u0007ice <alice@example.org>");
        QTest::newRow("comma list") << QStringLiteral("alice@example.org, bob@example.org");
    }
    void invalidAddresses()
    {
        QFETCH(QString, input);
        const auto address = MimeMessage::parseAddress(input);
        QVERIFY(!address);
        QVERIFY(!address.errorMessage().isEmpty());
        MailMessage m = sampleMessage();
        m.to = {input};
        QVERIFY(!MimeMessage::build(m, fixedDate()));
    }

    void messageIdForNotice_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << qint64(42) << "example.org"
                               << "<keyturn-notice-42@example.org>";
        QTest::newRow("upper case") << qint64(42) << "Example.ORG"
                                    << "<keyturn-notice-42@example.org>";
        QTest::newRow("white space and final dot") << qint64(1) << " example.org. "
                                                   << "<keyturn-notice-1@example.org>";
        QTest::newRow("an address") << qint64(5) << "noreply@example.org"
                                    << "<keyturn-notice-5@example.org>";
        QTest::newRow("injection attempt") << qint64(5) << "exa\r\nmple.org>\r\nBcc: x"
                                           << "<keyturn-notice-5@example.orgbccx>";
        QTest::newRow("international") << qint64(9) << QStringLiteral("bücher.de")
                                       << "<keyturn-notice-9@xn--bcher-kva.de>";
        QTest::newRow("empty") << qint64(3) << ""
                               << "<keyturn-notice-3@keyturn.invalid>";
        QTest::newRow("nothing usable") << qint64(3) << "<>@..."
                                        << "<keyturn-notice-3@keyturn.invalid>";
        QTest::newRow("large id") << qint64(9007199254740993) << "example.org"
                                  << "<keyturn-notice-9007199254740993@example.org>";
    }
    void messageIdForNotice()
    {
        QFETCH(qint64, id);
        QFETCH(QString, domain);
        QFETCH(QString, expected);
        QCOMPARE(MailMessage::messageIdForNotice(id, domain), expected);
        QCOMPARE(MailMessage::messageIdForNotice(id, domain), MailMessage::messageIdForNotice(id, domain));
        // Every id it makes is one the MIME builder accepts.
        MailMessage m = sampleMessage();
        m.messageId = expected;
        QVERIFY(MimeMessage::build(m, fixedDate()));
    }

    void messageIdIsStable()
    {
        const MailMessage m = sampleMessage();
        const MimeMessage first = built(m);
        const MimeMessage second = built(m);
        QCOMPARE(first.content, second.content); // a resend is byte for byte the same message
        QCOMPARE(first.messageId, QByteArray("<keyturn-notice-7@example.org>"));
        QCOMPARE(split(first.content).headers.value("message-id"), QByteArray("<keyturn-notice-7@example.org>"));
        QVERIFY(MailMessage::messageIdForNotice(7, QStringLiteral("example.org")) !=
                MailMessage::messageIdForNotice(8, QStringLiteral("example.org")));
    }

    void missingMessageIdIsGenerated()
    {
        MailMessage m = sampleMessage();
        m.messageId.clear();
        const MimeMessage first = built(m);
        const MimeMessage second = built(m);
        QVERIFY(first.messageId.startsWith("<keyturn."));
        QVERIFY(first.messageId.endsWith("@example.org>"));
        QVERIFY(first.messageId != second.messageId);
        QCOMPARE(split(first.content).headers.value("message-id"), first.messageId);
    }

    void invalidMessageId_data()
    {
        QTest::addColumn<QString>("messageId");
        QTest::newRow("no brackets") << "notice-1@example.org";
        QTest::newRow("space") << "<notice 1@example.org>";
        QTest::newRow("no left part") << "<@example.org>";
        QTest::newRow("no right part") << "<notice-1@>";
        QTest::newRow("two at signs") << "<a@b@example.org>";
        QTest::newRow("non-ascii") << QStringLiteral("<nötice@example.org>");
    }
    void invalidMessageId()
    {
        QFETCH(QString, messageId);
        MailMessage m = sampleMessage();
        m.messageId = messageId;
        const auto result = MimeMessage::build(m, fixedDate());
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().contains(QLatin1String("Message-ID")), qPrintable(result.errorMessage()));
    }

    void headers()
    {
        MailMessage m = sampleMessage();
        m.to = {QStringLiteral("alice@example.org"), QStringLiteral("Bob <bob@example.org>"),
                QStringLiteral("ALICE@example.org")};
        const MimeMessage mime = built(m);
        QCOMPARE(mime.sender, QByteArray("noreply@example.org"));
        QCOMPARE(mime.recipients, (QByteArrayList{"alice@example.org", "bob@example.org"}));
        const Split s = split(mime.content);
        QCOMPARE(s.headers.value("date"), QByteArray("Tue, 24 Nov 2026 12:00:00 +0000"));
        QCOMPARE(s.headers.value("from"), QByteArray("Keyturn <noreply@example.org>"));
        QCOMPARE(s.headers.value("to"), QByteArray("alice@example.org, Bob <bob@example.org>"));
        QCOMPARE(s.headers.value("subject"), QByteArray("Your API key rotates on Friday"));
        QCOMPARE(s.headers.value("mime-version"), QByteArray("1.0"));
        QCOMPARE(s.headers.value("auto-submitted"), QByteArray("auto-generated"));
    }

    void dateIsUtc()
    {
        const QDateTime berlin(QDate(2026, 3, 1), QTime(9, 30), Qt::OffsetFromUTC, 3600);
        QCOMPARE(MimeMessage::rfc5322Date(berlin), QByteArray("Sun, 01 Mar 2026 08:30:00 +0000"));
    }

    void manyRecipientsAreFolded()
    {
        MailMessage m = sampleMessage();
        m.to.clear();
        for (int i = 0; i < 12; ++i)
            m.to.append(QStringLiteral("Team Member %1 <member-%1@example.org>").arg(i));
        const MimeMessage mime = built(m);
        QCOMPARE(mime.recipients.size(), 12);
        const QByteArray headerBlock = mime.content.left(mime.content.indexOf("\r\n\r\n"));
        for (QByteArray line : headerBlock.split('\n')) {
            line.chop(line.endsWith('\r') ? 1 : 0);
            QVERIFY2(line.size() <= 78, line.constData());
        }
        QVERIFY(split(mime.content).headers.value("to").contains("Team Member 11 <member-11@example.org>"));
    }

    void singlePartWhenOneBodyIsEmpty_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("text only") << "plain text" << QString() << QByteArray("text/plain; charset=UTF-8");
        QTest::newRow("html only") << QString() << "<p>html</p>" << QByteArray("text/html; charset=UTF-8");
        QTest::newRow("both empty") << QString() << QString() << QByteArray("text/plain; charset=UTF-8");
    }
    void singlePartWhenOneBodyIsEmpty()
    {
        QFETCH(QString, text);
        QFETCH(QString, html);
        QFETCH(QByteArray, contentType);
        MailMessage m = sampleMessage();
        m.textBody = text;
        m.htmlBody = html;
        const Split s = split(built(m).content);
        QCOMPARE(s.headers.value("content-type"), contentType);
        QCOMPARE(s.headers.value("content-transfer-encoding"), QByteArray("quoted-printable"));
        QCOMPARE(QString::fromUtf8(decodeQuotedPrintable(s.body.chopped(2))), html.isEmpty() ? text : html);
    }

    void missingSenderOrRecipient()
    {
        MailMessage m = sampleMessage();
        m.from.clear();
        QVERIFY(!MimeMessage::build(m, fixedDate()));
        m = sampleMessage();
        m.to.clear();
        const auto result = MimeMessage::build(m, fixedDate());
        QVERIFY(!result);
        QVERIFY(result.errorMessage().contains(QLatin1String("recipient")));
    }
};

QTEST_GUILESS_MAIN(TestMimeMessage)
#include "TestMimeMessage.moc"
