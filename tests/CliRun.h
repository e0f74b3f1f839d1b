#pragma once
// Runs the real keyturnctl binary (KEYTURNCTL_PATH, defined for the CLI tests) and keeps what it printed.
#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace keyturn::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun keyturnctl(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.setProgram(QStringLiteral(KEYTURNCTL_PATH));
    p.setArguments(args);
    p.start();
    if (!p.waitForFinished(timeoutMs))
        qFatal("keyturnctl did not finish");
    return CliRun{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace keyturn::test
