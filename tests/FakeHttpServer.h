#pragma once

#include <QHash>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace keyturn::test {

/// A tiny HTTP/1.1 server on loopback for tests that need exact control: count attempts, answer with any status or
/// body, never answer, or speak TLS with a given certificate. One request per connection.
class FakeHttpServer : public QTcpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray body = "{}";
        bool hang = false;  ///< never answer
        bool close = false; ///< close the connection without answering
    };

    std::function<Response(const Request &)> handler = [](const Request &) { return Response{}; };
    QList<Request> requests;

    /// Serve TLS with this certificate and key instead of plain HTTP.
    void useTls(const QSslCertificate &certificate, const QSslKey &key)
    {
        m_certificate = certificate;
        m_key = key;
    }

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QString url() const
    {
        return QStringLiteral("%1://127.0.0.1:%2").arg(m_key.isNull() ? "http" : "https").arg(serverPort());
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket;
        if (!m_key.isNull()) {
            auto *ssl = new QSslSocket(this);
            ssl->setSocketDescriptor(descriptor);
            QSslConfiguration config = ssl->sslConfiguration();
            config.setLocalCertificate(m_certificate);
            config.setPrivateKey(m_key);
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
            ssl->setSslConfiguration(config);
            ssl->startServerEncryption();
            socket = ssl;
        } else {
            socket = new QTcpSocket(this);
            socket->setSocketDescriptor(descriptor);
        }
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const int end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request req;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            req.method = first.value(0);
            req.path = first.value(1);
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    req.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
            }
            const int length = req.headers.value("content-length").toInt();
            if (buffer->size() < end + 4 + length)
                return;
            req.body = buffer->mid(end + 4, length);
            buffer->clear();
            requests.append(req);
            const Response response = handler(req);
            if (response.hang)
                return;
            if (response.close) {
                socket->abort();
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) +
                             " X\r\nContent-Type: application/json\r\n"
                             "Connection: close\r\nContent-Length: " +
                             QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body;
            socket->write(out);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace keyturn::test
