#pragma once

#include "../Result.h"
#include "MailTransport.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QDateTime>

namespace keyturn {

/// A MailMessage as SMTP carries it: the envelope (sender and recipients) and the RFC 5322 / MIME text.
/// The text is 7-bit with CRLF line endings: headers are RFC 2047 encoded where they are not plain ASCII, the
/// bodies are UTF-8 in quoted-printable, so no line exceeds 78 characters except an over-long plain header token
/// (never more than 998), and no line starts with "." (safe whether or not the SMTP client dot-stuffs).
/// Building the same message with the same date always gives the same bytes.
struct MimeMessage
{
    Q_DECLARE_TR_FUNCTIONS(keyturn::MimeMessage)

public:
    /// One mailbox as written in From or To: `Name <local@domain>`, `"Doe, Jane" <local@domain>` or `local@domain`.
    struct Address
    {
        QString displayName; ///< may be empty
        QByteArray addrSpec; ///< local@domain, the domain in ASCII (IDNA)
    };

    QByteArray sender;         ///< the envelope sender (MAIL FROM): the From address
    QByteArrayList recipients; ///< the envelope recipients (RCPT TO), without duplicates
    QByteArray messageId;      ///< with angle brackets
    QByteArray content;        ///< headers, a blank line, the body; CRLF line endings

    /// The message, or why it cannot be sent: no sender or recipient, an unusable address, a line break in a
    /// header field (header injection), a malformed Message-ID. An empty messageId is replaced by a random one.
    static Result<MimeMessage> build(const MailMessage &message, const QDateTime &date);

    /// Parses one mailbox; rejects line breaks, control characters and anything SMTP cannot carry.
    static Result<Address> parseAddress(const QString &text);
    /// `text` as an unstructured header field (`Name: text`), folded and RFC 2047 encoded where needed,
    /// without the final CRLF.
    static QByteArray unstructuredHeader(const QByteArray &name, const QString &text);
    /// RFC 2045 quoted-printable of `text` in UTF-8, with its line breaks (LF, CR or CRLF) written as CRLF.
    static QByteArray quotedPrintable(const QString &text);
    /// The RFC 5322 date, in UTC: "Tue, 24 Nov 2026 12:00:00 +0000".
    static QByteArray rfc5322Date(const QDateTime &date);
};

} // namespace keyturn
