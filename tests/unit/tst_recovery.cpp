// Recovery of an interrupted run: the live version and the one before it as the servers show
// them, and what "finish on live" and "roll back" do on each host (or why they cannot).
#include "core/AtomicFile.h"
#include "engine/Operation.h"
#include "engine/Recovery.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Engine;

namespace {

const QString H1 = QStringLiteral("10.0.0.1");
const QString H2 = QStringLiteral("10.0.0.2");
const QString OurLock = QStringLiteral("Locked by: T at 2026-01-01\nVersion: v2\nMessage: x");

ContainerInfo app(const QString &version, bool running, const QString &createdAt)
{
    ContainerInfo info;
    info.kind = ContainerInfo::Kind::App;
    info.role = QStringLiteral("web");
    info.version = version;
    info.name = QStringLiteral("shop-web-") + version;
    info.state = running ? QStringLiteral("running") : QStringLiteral("exited");
    info.createdAt = createdAt;
    return info;
}

HostSnapshot host(const QString &name, const QString &routed, const QList<ContainerInfo> &apps)
{
    HostSnapshot snapshot;
    snapshot.host = name;
    snapshot.containers = apps;
    if (!routed.isEmpty())
        snapshot.routed.insert(QStringLiteral("web"), routed);
    return snapshot;
}

// A deploy of v2 that reached the boot step on `booted`, holding its lock.
RunJournal::Record deployOfV2(const QStringList &booted)
{
    RunJournal::Record run;
    run.header.version = QStringLiteral("v2");
    run.header.operation = QStringLiteral("deploy --skip-push");
    run.header.lockDetails = OurLock;
    for (const QString &h : {H1, H2}) {
        RunJournal::Record::HostState state;
        state.lastStep = booted.contains(h) ? QStringLiteral("boot") : QStringLiteral("pull");
        state.ended = !booted.contains(h);
        run.hosts.insert(h, state);
    }
    return run;
}

QString stepsOn(const RecoveryChoice &choice, const QString &name)
{
    for (const auto &[h, steps] : choice.perHost) {
        if (h == name)
            return steps;
    }
    return QStringLiteral("<none>");
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Kamal::KamalConfig> m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("config"))));
        QVERIFY(AtomicFile::write(m_dir.filePath(QStringLiteral("config/deploy.yml")),
                                  "service: shop\nimage: acme/shop\nservers:\n  - 10.0.0.1\n"
                                  "  - 10.0.0.2\nregistry:\n  username: a\n  password: [PW]\n"
                                  "builder:\n  arch: amd64\n")
                    .has_value());
        auto loaded = loadProjectConfig(m_dir.path(), QString(), {});
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        m_config = loaded->config;
    }

    // Killed as the new container started: kamal-proxy still routes v1 everywhere, a v2
    // container runs beside it on 10.0.0.1. Finishing on live boots nothing, stops that one.
    void finishesOnTheRoutedVersion()
    {
        QList<HostSnapshot> snapshots {
            host(H1, QStringLiteral("v1"),
                 {app(QStringLiteral("v1"), true, QStringLiteral("2026-01-01 10:00:00")),
                  app(QStringLiteral("v2"), true, QStringLiteral("2026-01-01 11:00:00"))}),
            host(H2, QStringLiteral("v1"),
                 {app(QStringLiteral("v1"), true, QStringLiteral("2026-01-01 10:00:00"))})};
        snapshots.first().lockDetails = OurLock;
        const RecoveryAssessment a = assessRecovery(deployOfV2({H1, H2}), snapshots, *m_config);
        QVERIFY(a.ownLock);
        QCOMPARE(a.liveVersion, QStringLiteral("v1"));
        QVERIFY2(a.finishLive.possible, qPrintable(a.finishLive.refusal));
        QCOMPARE(a.finishLive.version, QStringLiteral("v1"));
        QVERIFY(a.finishLive.bootHosts.isEmpty());
        QVERIFY2(stepsOn(a.finishLive, H1).contains(QLatin1String("stop shop-web-v2")),
                 qPrintable(stepsOn(a.finishLive, H1)));
        QVERIFY(stepsOn(a.finishLive, H1).contains(QLatin1String("interrupted run's deploy lock")));
        QVERIFY(!stepsOn(a.finishLive, H2).contains(QLatin1String("stop")));
        QVERIFY(!stepsOn(a.finishLive, H2).contains(QLatin1String("lock")));
        // Before v2, v1 was live: on 10.0.0.1 the newest other container, on 10.0.0.2 the route.
        QCOMPARE(a.previousVersion, QStringLiteral("v1"));
        QCOMPARE(a.rollback.version, QStringLiteral("v1"));
    }

    // Killed right after the proxy switch on 10.0.0.1 only: the hosts serve different versions,
    // so "finish on live" refuses; rolling back boots v1 on 10.0.0.1 alone.
    void rollsBackWhereTheSwitchHappened()
    {
        const QList<HostSnapshot> snapshots {
            host(H1, QStringLiteral("v2"),
                 {app(QStringLiteral("v1"), false, QStringLiteral("2026-01-01 10:00:00")),
                  app(QStringLiteral("v0"), false, QStringLiteral("2025-12-01 10:00:00")),
                  app(QStringLiteral("v2"), true, QStringLiteral("2026-01-01 11:00:00"))}),
            host(H2, QStringLiteral("v1"),
                 {app(QStringLiteral("v1"), true, QStringLiteral("2026-01-01 10:00:00"))})};
        const RecoveryAssessment a = assessRecovery(deployOfV2({H1}), snapshots, *m_config);
        QVERIFY(!a.ownLock);
        QVERIFY(a.liveVersion.isEmpty());
        QVERIFY(!a.finishLive.possible);
        QVERIFY2(a.finishLive.refusal.contains(QLatin1String("different versions")),
                 qPrintable(a.finishLive.refusal));
        QCOMPARE(a.previousVersion, QStringLiteral("v1"));
        QVERIFY2(a.rollback.possible, qPrintable(a.rollback.refusal));
        QCOMPARE(a.rollback.bootHosts, QStringList {H1});
        QVERIFY2(stepsOn(a.rollback, H1).contains(QLatin1String("serves v2: boot v1")),
                 qPrintable(stepsOn(a.rollback, H1)));
        QVERIFY(stepsOn(a.rollback, H2).contains(QLatin1String("serves v1 already")));
    }

    // Nothing guessed: no container of another version, or someone else's lock, refuses.
    void refusesWhatItCannotKnow()
    {
        QList<HostSnapshot> snapshots {
            host(H1, QStringLiteral("v2"),
                 {app(QStringLiteral("v2"), true, QStringLiteral("2026-01-01 11:00:00"))}),
            host(H2, QStringLiteral("v2"),
                 {app(QStringLiteral("v2"), true, QStringLiteral("2026-01-01 11:00:00"))})};
        RecoveryAssessment a = assessRecovery(deployOfV2({H1, H2}), snapshots, *m_config);
        QVERIFY(a.finishLive.possible);
        QVERIFY(a.previousVersion.isEmpty());
        QVERIFY(!a.rollback.possible);
        QVERIFY2(a.rollback.refusal.contains(QLatin1String("not known")),
                 qPrintable(a.rollback.refusal));
        snapshots.first().lockDetails = QStringLiteral("Locked by: Someone else");
        a = assessRecovery(deployOfV2({H1, H2}), snapshots, *m_config);
        QCOMPARE(a.otherLock, QStringLiteral("Locked by: Someone else"));
        QVERIFY(!a.finishLive.possible);
        QVERIFY(a.finishLive.refusal.contains(QLatin1String("Someone else")));
        snapshots.first().lockDetails.reset();
        snapshots.last().error = QStringLiteral("connection refused");
        a = assessRecovery(deployOfV2({H1, H2}), snapshots, *m_config);
        QVERIFY(!a.finishLive.possible);
        QVERIFY(a.finishLive.refusal.contains(QLatin1String("connection refused")));
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
