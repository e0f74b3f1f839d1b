#include "Fingerprint.h"

#include <openssl/evp.h>
#include <openssl/sha.h>

#include <QRegularExpression>

namespace keyturn {

QByteArray sha256Hex(const QByteArray &bytes)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()), digest);
    return QByteArray(reinterpret_cast<const char *>(digest), SHA256_DIGEST_LENGTH).toHex();
}

QString fingerprintOf(const QByteArray &keyBytes)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(sha256Hex(keyBytes).left(16));
}

bool isValidFingerprint(const QString &fingerprint)
{
    static const QRegularExpression re(QStringLiteral("^sha256:[0-9a-f]{16}$"));
    return re.match(fingerprint).hasMatch();
}

QString displayFingerprint(const QString &fingerprint)
{
    if (!isValidFingerprint(fingerprint))
        return fingerprint;
    const QString hex = fingerprint.mid(7);
    return QStringLiteral("sha256:%1 %2 %3 %4").arg(hex.mid(0, 4), hex.mid(4, 4), hex.mid(8, 4), hex.mid(12, 4));
}

} // namespace keyturn
