#include "core/kamal/HealthCheckDiagnosis.h"

#include <QTest>

using namespace Berth::Kamal;
using Cause = HealthCheckExplanation::Cause;

// kamal-proxy v0.9.2 logs one JSON object per line (slog's JSONHandler); these lines are its
// health check's own wording (internal/server/health_check.go) for each way a check fails.
namespace {

QString proxyLine(const QString &url, const QString &error)
{
    return QStringLiteral("{\"time\":\"2026-11-26T17:00:00.000Z\",\"level\":\"INFO\",\"msg\":"
                          "\"Healthcheck failed\",\"url\":\"%1\",\"error\":\"%2\"}")
        .arg(url, QString(error).replace(QLatin1Char('"'), QStringLiteral("\\\"")));
}

HealthCheckProbe probe()
{
    HealthCheckProbe probe;
    probe.container = QStringLiteral("app-web-v2");
    probe.targetCapture = QStringLiteral("web.container_id");
    probe.appPort = 3000;
    probe.path = QStringLiteral("/up");
    probe.deployTimeoutSeconds = 30;
    return probe;
}

const QString url = QStringLiteral("http://0123456789ab:3000/up");
const QString timeoutFailure
    = QStringLiteral("Error: target failed to become healthy within configured timeout (30s)");

} // namespace

class TestHealthCheckDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explains_data();
    void explains();
    void commandsAreReadOnlyAndFindTheTarget();
    void pollerWithoutProxy();
};

void TestHealthCheckDiagnosis::explains_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("containerLog");
    QTest::addColumn<QString>("proxyLog");
    QTest::addColumn<int>("cause");
    QTest::addColumn<QStringList>("mentions");

    const QString log = QStringLiteral("Puma starting\nListening on http://127.0.0.1:3000\n");
    QTest::newRow("exited")
        << QStringLiteral("exited 1")
        << QStringLiteral("KeyError: key not found: \"DATABASE_URL\"\n")
        << proxyLine(url,
                     QStringLiteral("dial tcp: lookup 0123456789ab on 127.0.0.11:53: no such host"))
        << int(Cause::ContainerStopped)
        << QStringList {QStringLiteral("exit code 1"), QStringLiteral("DATABASE_URL")};
    QTest::newRow("restarting") << QStringLiteral("restarting 137") << QString() << QString()
                                << int(Cause::ContainerStopped)
                                << QStringList {QStringLiteral("exit code 137"),
                                                QStringLiteral("printed nothing")};
    QTest::newRow("wrong app_port")
        << QStringLiteral("running 0") << log
        << proxyLine(url,
                     QStringLiteral("Get \"http://0123456789ab:3000/up\": dial tcp "
                                    "172.18.0.5:3000: connect: connection refused"))
        << int(Cause::NothingListening)
        << QStringList {QStringLiteral("port 3000"), QStringLiteral("proxy.app_port"),
                        QStringLiteral("0.0.0.0"), QStringLiteral("127.0.0.1:3000")};
    QTest::newRow("no /up") << QStringLiteral("running 0") << log
                            << proxyLine(url, QStringLiteral("unexpected status (404)"))
                            << int(Cause::NotFound)
                            << QStringList {QStringLiteral("/up answers 404"),
                                            QStringLiteral("proxy.healthcheck.path")};
    QTest::newRow("redirect to https")
        << QStringLiteral("running 0") << log
        << proxyLine(url,
                     QStringLiteral("Get \"https://0123456789ab/up\": dial tcp 172.18.0.5:443: "
                                    "connect: connection refused"))
        << int(Cause::Redirected)
        << QStringList {QStringLiteral("redirects to https://0123456789ab/up")};
    QTest::newRow("503") << QStringLiteral("running 0")
                         << QStringLiteral("ActiveRecord::ConnectionNotEstablished\n")
                         << proxyLine(url, QStringLiteral("unexpected status (500)"))
            + QLatin1Char('\n') + proxyLine(url, QStringLiteral("unexpected status (503)"))
                         << int(Cause::Unhealthy)
                         << QStringList {QStringLiteral("answers 503"),
                                         QStringLiteral("ConnectionNotEstablished"),
                                         QStringLiteral("unexpected status (500)")};
    QTest::newRow("slow") << QStringLiteral("running 0") << log
                          << proxyLine(url, QStringLiteral("request timed out"))
                          << int(Cause::TooSlow)
                          << QStringList {QStringLiteral("timeout"), QStringLiteral("30 s")};
    QTest::newRow("no failed check logged")
        << QStringLiteral("running 0") << log
        << QStringLiteral("{\"msg\":\"Target health "
                          "updated\",\"target\":\"0123456789ab:3000\",\"state\":\"adding\"}")
        << int(Cause::TooSlow) << QStringList {QStringLiteral("deploy timeout (30 s)")};
    QTest::newRow("container gone, nothing logged")
        << QString() << QString() << QStringLiteral("not json at all") << int(Cause::TooSlow)
        << QStringList {QStringLiteral("deploy_timeout")};
}

void TestHealthCheckDiagnosis::explains()
{
    QFETCH(QString, state);
    QFETCH(QString, containerLog);
    QFETCH(QString, proxyLog);
    QFETCH(int, cause);
    QFETCH(QStringList, mentions);

    const HealthCheckExplanation explanation
        = HealthCheckExplainer::explain(probe(), {state, containerLog, proxyLog, timeoutFailure});
    const QString text = explanation.text();
    QCOMPARE(int(explanation.cause), cause);
    for (const QString &mention : mentions)
        QVERIFY2(text.contains(mention), qPrintable(mention + QStringLiteral(" not in: ") + text));
    // Always says that the old version was left serving, and never shows raw JSON.
    QVERIFY(text.contains(QLatin1String("did not switch")));
    QVERIFY(!text.contains(QLatin1String("\"msg\"")));
}

void TestHealthCheckDiagnosis::commandsAreReadOnlyAndFindTheTarget()
{
    const HealthCheckProbe p = probe();
    QCOMPARE(p.stateCommand().toString(),
             QStringLiteral("docker container inspect --format '{{.State.Status}} "
                            "{{.State.ExitCode}}' app-web-v2"));
    QCOMPARE(p.containerLogCommand().toString(),
             QStringLiteral("docker logs --tail 15 app-web-v2 2>&1"));
    QCOMPARE(p.proxyLogCommand(QStringLiteral("0123456789ab")).toString(),
             QStringLiteral("docker logs --since 15m kamal-proxy 2>&1 | grep -F 0123456789ab | "
                            "tail -n 20"));
    // Anything but a container id is never put on the command line.
    QVERIFY(p.proxyLogCommand(QStringLiteral("x; rm -rf /"))
                .toString()
                .contains(QLatin1String("grep -F 'Healthcheck failed'")));
}

void TestHealthCheckDiagnosis::pollerWithoutProxy()
{
    HealthCheckProbe p = probe();
    p.viaProxy = false;
    const HealthCheckExplanation slow = HealthCheckExplainer::explain(
        p,
        {QStringLiteral("running 0"), QStringLiteral("booting\n"), QString(),
         QStringLiteral("did not become ready within 30 s (last status: unhealthy)")});
    QCOMPARE(slow.cause, Cause::Unhealthy);
    QVERIFY(slow.text().contains(QLatin1String("HEALTHCHECK")));
    QVERIFY(!slow.text().contains(QLatin1String("kamal-proxy")));
    const HealthCheckExplanation exited = HealthCheckExplainer::explain(
        p, {QStringLiteral("exited 2"), QStringLiteral("panic\n"), QString(), QString()});
    QCOMPARE(exited.cause, Cause::ContainerStopped);
}

QTEST_GUILESS_MAIN(TestHealthCheckDiagnosis)
#include "tst_healthcheckdiagnosis.moc"
