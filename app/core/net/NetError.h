#pragma once

#include <QCoreApplication>
#include <QString>

namespace keyturn {

/// A failed network operation, typed so callers can decide what to do (retry, ask for a token, report) and people
/// can read what happened. Messages never contain a token, a key or an Authorization header.
struct NetError
{
    enum class Kind
    {
        Network,   ///< connection refused, host not found, connection reset
        Timeout,   ///< no complete answer within the request's timeout
        Tls,       ///< certificate not trusted, handshake failed
        Http,      ///< the server answered with an error status (see httpStatus and message)
        Malformed, ///< the answer was not what the API promises (bad JSON, missing field)
        TooLarge,  ///< the answer exceeded the response-size cap
        Conflict,  ///< a compare-and-set (Vault cas) or version check lost against another writer
        Cancelled, ///< the caller cancelled
        Config,    ///< the request could not be made: missing URL, token or setting
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; ///< the HTTP status when there was one, else 0
    QString message;    ///< what went wrong, in words, including the server's own message where it gave one

    /// Whether trying the same idempotent request again may succeed.
    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout ||
               (kind == Kind::Http && (httpStatus == 429 || httpStatus == 502 || httpStatus == 503 ||
                                       httpStatus == 504 || httpStatus == 500));
    }
    bool isAuthFailure() const { return kind == Kind::Http && (httpStatus == 401 || httpStatus == 403); }

    /// A short name of the kind: network, timeout, tls, http, malformed, too_large, conflict, cancelled, config.
    static QString kindName(Kind kind);
    /// "HTTP 403: permission denied" / "timeout: no answer from vault within 10 s".
    QString toString() const;
};

inline QString NetError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Http: return QStringLiteral("http");
    case Kind::Malformed: return QStringLiteral("malformed");
    case Kind::TooLarge: return QStringLiteral("too_large");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Config: return QStringLiteral("config");
    }
    return QStringLiteral("unknown");
}

inline QString NetError::toString() const
{
    if (kind == Kind::Http)
        return QStringLiteral("HTTP %1: %2").arg(httpStatus).arg(message);
    return kindName(kind) + QStringLiteral(": ") + message;
}

} // namespace keyturn
