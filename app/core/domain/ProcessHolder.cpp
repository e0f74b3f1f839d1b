#include "ProcessHolder.h"

#include <QCoreApplication>
#include <QStringList>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <cstdlib>

namespace keyturn {

QString newHolderName()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
}

bool holderIsGone(const QString &holder)
{
    const QStringList parts = holder.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.at(0) != QSysInfo::machineHostName())
        return false;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

void testCrashPoint(const QString &point)
{
    static const QByteArray wanted = qgetenv("KEYTURN_TEST_CRASH_AT");
    if (!wanted.isEmpty() && wanted == point.toUtf8())
        std::_Exit(137);
}

} // namespace keyturn
