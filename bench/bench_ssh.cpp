// SSH transport figures on the test environment's servers (tests/env): the round trip of a
// trivial command on a fresh connection and on a reused session, 50 sequential commands on
// one session, and the same on every server in parallel. Figures, not pass/fail.
#include "ssh/SshSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <thread>
#include <vector>

using namespace Berth;

namespace {

Ssh::ConnectOptions optionsFor(const QString &host)
{
    Ssh::ConnectOptions options;
    options.host = host;
    options.port = qEnvironmentVariableIntValue("BERTH_TEST_SSH_PORT");
    options.user = qEnvironmentVariable("BERTH_TEST_SSH_USER");
    options.identityFile = qEnvironmentVariable("BERTH_TEST_SSH_KEY");
    options.knownHostsFile = qEnvironmentVariable("BERTH_TEST_KNOWN_HOSTS");
    return options;
}

bool open(Ssh::Session &session, const QString &host)
{
    return session.connect(optionsFor(host)).has_value() && session.authenticate().has_value();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList hosts
        = qEnvironmentVariable("BERTH_TEST_HOSTS").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (hosts.isEmpty()) {
        out << "bench_ssh: the test environment is not up (tests/env/testenv up; eval "
               "\"$(tests/env/testenv env)\")\n";
        return 0;
    }
    const QString &host = hosts.constFirst();
    const QString trivial = QStringLiteral("true");

    std::vector<double> fresh;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer timer;
        timer.start();
        Ssh::Session session;
        if (!open(session, host) || !session.exec(trivial))
            return 1;
        fresh.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    Ssh::Session session;
    if (!open(session, host))
        return 1;
    std::vector<double> reused;
    QElapsedTimer all;
    all.start();
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!session.exec(trivial))
            return 1;
        reused.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double sequential = double(all.nsecsElapsed()) / 1e6;

    // Every server at once, one session each (the engine's worker per host).
    QElapsedTimer parallel;
    parallel.start();
    std::vector<std::thread> workers;
    for (const QString &h : hosts) {
        workers.emplace_back([h, trivial] {
            Ssh::Session s;
            if (!open(s, h))
                return;
            for (int i = 0; i < 50; ++i)
                (void)s.exec(trivial);
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    const double parallelMs = double(parallel.nsecsElapsed()) / 1e6;

    out << QStringLiteral("fresh connection + command (median of 10): %1 ms\n")
               .arg(median(fresh), 0, 'f', 1);
    out << QStringLiteral("command on a reused session (median of 50): %1 ms\n")
               .arg(median(reused), 0, 'f', 2);
    out << QStringLiteral("50 sequential commands on one session:      %1 ms\n")
               .arg(sequential, 0, 'f', 0);
    out << QStringLiteral(
               "50 commands on each of %1 servers, in parallel (connections included): %2 ms\n")
               .arg(hosts.size())
               .arg(parallelMs, 0, 'f', 0);
    return 0;
}
