#include "MailTransport.h"

#include <QUrl>

namespace keyturn {

namespace {

/// A host name safe inside a Message-ID: lower-case ASCII (IDNA for international names), letters, digits, "-"
/// and "." only, no empty labels.
QString sanitisedDomain(const QString &domain)
{
    QString host = domain.trimmed();
    // Accept a whole address ("noreply@example.org") and keep its domain.
    host = host.mid(host.lastIndexOf(QLatin1Char('@')) + 1);
    QString ascii = QString::fromLatin1(QUrl::toAce(host));
    if (ascii.isEmpty())
        ascii = host;
    ascii = ascii.toLower();

    QStringList labels;
    for (const QString &label : ascii.split(QLatin1Char('.'))) {
        QString kept;
        for (const QChar c : label) {
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                c == QLatin1Char('-'))
                kept += c;
        }
        while (kept.startsWith(QLatin1Char('-')))
            kept.remove(0, 1);
        while (kept.endsWith(QLatin1Char('-')))
            kept.chop(1);
        if (!kept.isEmpty())
            labels.append(kept);
    }
    return labels.isEmpty() ? QStringLiteral("keyturn.invalid") : labels.join(QLatin1Char('.'));
}

} // namespace

QString MailMessage::messageIdForNotice(qint64 noticeId, const QString &domain)
{
    return QStringLiteral("<keyturn-notice-%1@%2>").arg(noticeId).arg(sanitisedDomain(domain));
}

} // namespace keyturn
