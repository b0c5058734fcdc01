// The Deploy page against the real test servers: the plan before anything runs (redacted),
// a live timeline of a real deploy through kamal-proxy, a failing version shown where the user
// looks, and a cancel that leaves no lock behind.
#include "../integration/TestEnv.h"
#include "core/AtomicFile.h"
#include "core/config/ConfigSession.h"
#include "engine/RunJournal.h"
#include "gui/Appearance.h"
#include "gui/DeployPage.h"
#include "gui/DeployTimelineModel.h"
#include "gui/HistoryDialog.h"
#include "gui/SecretsPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Berth;
using namespace Berth::Gui;

namespace {

// Runs `command` on a test server; its stdout.
QString remote(const QString &host, const QString &command)
{
    QProcess ssh;
    ssh.start(QStringLiteral("ssh"),
              {QStringLiteral("-i"), TestEnv::value("BERTH_TEST_SSH_KEY"), QStringLiteral("-o"),
               QStringLiteral("UserKnownHostsFile=") + TestEnv::value("BERTH_TEST_KNOWN_HOSTS"),
               QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
               QStringLiteral("root@") + host, command});
    ssh.waitForFinished(30000);
    return QString::fromUtf8(ssh.readAllStandardOutput()).trimmed();
}

QString served(const QString &host)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-s"), QStringLiteral("-m"), QStringLiteral("5"),
                QStringLiteral("http://%1/").arg(host)});
    curl.waitForFinished(10000);
    return QString::fromUtf8(curl.readAllStandardOutput()).trimmed();
}

void cleanServers()
{
    for (const QString &host : TestEnv::hosts())
        remote(host,
               QStringLiteral(
                   "ids=$(docker ps -aq --filter label=service=testapp); [ -z \"$ids\" ] || "
                   "docker rm -f $ids >/dev/null; docker rm -f kamal-proxy >/dev/null 2>&1; "
                   "docker volume rm kamal-proxy-config >/dev/null 2>&1; "
                   "docker network rm kamal >/dev/null 2>&1; rm -rf .kamal; "
                   "docker logout %1 >/dev/null 2>&1; "
                   "[ \"$(tr -d ' \\n\\t' < ~/.docker/config.json 2>/dev/null)\" = "
                   "'{\"auths\":{}}' ] && rm -rf ~/.docker; true")
                   .arg(TestEnv::value("BERTH_TEST_REGISTRY")));
}

} // namespace

class TestDeployPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_project;

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_TESTENV();
        qputenv("DBUS_SESSION_BUS_ADDRESS", TestEnv::value("BERTH_TEST_DBUS_ADDRESS").toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        cleanServers();
        QDir(m_project.path()).mkpath(QStringLiteral("config"));
        QDir(m_project.path()).mkpath(QStringLiteral(".kamal"));
        QString yaml = QStringLiteral("service: testapp\nimage: berth/testapp\nservers:\n  web:\n");
        for (const QString &host : TestEnv::hosts())
            yaml += QStringLiteral("    - %1\n").arg(host);
        yaml += QStringLiteral(
            "registry:\n  server: <%= ENV[\"BERTH_TEST_REGISTRY\"] %>\n"
            "  username: <%= ENV[\"BERTH_TEST_REGISTRY_USER\"] %>\n"
            "  password:\n    - KAMAL_REGISTRY_PASSWORD\n"
            "proxy:\n  app_port: 3000\n  healthcheck:\n    path: /up\n    interval: 1\n"
            "builder:\n  arch: amd64\nssh:\n  keys:\n    - <%= ENV[\"BERTH_TEST_SSH_KEY\"] %>\n"
            "deploy_timeout: 8\ndrain_timeout: 2\n");
        QVERIFY(AtomicFile::write(m_project.filePath(QStringLiteral("config/deploy.yml")),
                                  yaml.toUtf8())
                    .has_value());
        QVERIFY(AtomicFile::write(m_project.filePath(QStringLiteral(".kamal/secrets")),
                                  "KAMAL_REGISTRY_PASSWORD=$BERTH_TEST_REGISTRY_PASSWORD\n")
                    .has_value());
    }

    void cleanupTestCase()
    {
        if (TestEnv::available())
            cleanServers();
    }

    void deploysWithALiveTimeline()
    {
        Config::ConfigSession session(Config::projectLoadOptions(
            m_project.filePath(QStringLiteral("config/deploy.yml")), QString()));
        SecretsPage secrets;
        secrets.setContext(m_project.path(), QString(), &session);
        DeployPage page;
        QAbstractItemModelTester tester(page.timeline());
        page.resize(1232, 720);
        page.show();
        page.setKnownHostsFile(TestEnv::value("BERTH_TEST_KNOWN_HOSTS"));
        page.setContext(m_project.path(), QString(), &session, &secrets);
        QTRY_VERIFY_WITH_TIMEOUT(
            !secrets.isResolving() && !secrets.resolution().filesRead.isEmpty(), 10000);
        auto *summary = page.findChild<QLabel *>(QStringLiteral("deploySummary"));
        auto *version = page.findChild<QLineEdit *>(QStringLiteral("versionEdit"));
        auto *view = page.findChild<QTreeView *>(QStringLiteral("timelineView"));
        auto *log = page.findChild<QPlainTextEdit *>(QStringLiteral("stepLog"));
        const QString password = TestEnv::value("BERTH_TEST_REGISTRY_PASSWORD");
        version->setText(QStringLiteral("v1"));
        page.findChild<QCheckBox *>(QStringLiteral("skipBuildCheck"))->setChecked(true);

        // The plan first: every step, nothing run, the password redacted.
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("previewButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("Nothing runs")), 10000);
        DeployTimelineModel *model = page.timeline();
        QVERIFY(model->rowCount() > 10);
        view->setCurrentIndex(model->index(0, 0));
        QVERIFY2(log->toPlainText().contains(QLatin1String("[secret KAMAL_REGISTRY_PASSWORD]")),
                 qPrintable(log->toPlainText()));
        QVERIFY(!log->toPlainText().contains(password));
        QCOMPARE(served(TestEnv::hosts().constFirst()), QString()); // nothing deployed yet

        // The real thing.
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !page.isBusy() && summary->text().contains(QLatin1String("finished")), 90000);
        QCOMPARE(model->count(DeployTimelineModel::State::Failed), 0);
        QCOMPARE(model->count(DeployTimelineModel::State::Succeeded), model->rowCount());
        for (const QString &host : TestEnv::hosts())
            QCOMPARE(served(host), QStringLiteral("v1"));

        // An alias runs as a plan with each host's output; an interactive one opens a terminal.
        page.runAlias(QStringLiteral("app-version"),
                      QStringLiteral("app exec --reuse \"/testapp --version\""));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("Nothing runs")), 10000);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !page.isBusy() && summary->text().contains(QLatin1String("finished")), 30000);
        QCOMPARE(model->rowCount(), TestEnv::hosts().size());
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->index(row, 0)
                        .data(DeployTimelineModel::LogRole)
                        .toString()
                        .contains(QLatin1String("\nv1\n")));
        QTemporaryDir terminalDir;
        const QString recorded = terminalDir.filePath(QStringLiteral("args"));
        const QString fakeTerminal = terminalDir.filePath(QStringLiteral("terminal"));
        QVERIFY(
            AtomicFile::write(
                fakeTerminal,
                QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$@\" > %1\n").arg(recorded).toUtf8())
                .has_value());
        QFile(fakeTerminal).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("BERTH_TERMINAL", fakeTerminal.toUtf8());
        page.runAlias(QStringLiteral("console"), QStringLiteral("app exec -i --reuse sh"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(recorded).size() > 0, 5000);
        QFile args(recorded);
        QVERIFY(args.open(QIODevice::ReadOnly));
        const QByteArray argv = args.readAll();
        QVERIFY2(argv.contains("berth-cli\nalias\nconsole\n-C\n"), argv.constData());
        qunsetenv("BERTH_TERMINAL");
        page.previewOperation(QStringLiteral("deploy"));

        // A run Berth never finished is reported when the project opens, with the ways out.
        const auto interruptRun = [this](const QString &runId) {
            Engine::RunJournal::Header header;
            header.runId = runId; // its first 8 characters name the journal file
            header.projectRoot = m_project.path();
            header.operation = QStringLiteral("deploy --skip-push");
            header.version = QStringLiteral("v2");
            header.startedAt = QDateTime::currentDateTimeUtc();
            auto journal = Engine::RunJournal::create(header);
            QVERIFY(journal.has_value());
            (*journal)->stepStarted(TestEnv::hosts().constFirst(), QStringLiteral("boot"),
                                    QStringLiteral("Boot version v2"));
        };
        interruptRun(QStringLiteral("test-run"));
        page.setContext(m_project.path(), QString(), &session, &secrets);
        auto *banner = page.findChild<QWidget *>(QStringLiteral("interruptedBanner"));
        QTRY_VERIFY(!banner->isHidden());
        // Finish on the live version: the servers are inspected first, and what happens on each
        // host is said before the plan is shown; then it runs and the run is dealt with.
        page.findChild<QPushButton *>(QStringLiteral("interruptedFinishLiveButton"))->click();
        QPointer<QMessageBox> settleBox;
        QTRY_VERIFY_WITH_TIMEOUT(
            (settleBox = page.findChild<QMessageBox *>(QStringLiteral("settleBox"))), 30000);
        for (const QString &host : TestEnv::hosts())
            QVERIFY2(
                settleBox->informativeText().contains(host + QStringLiteral(": "))
                    && settleBox->informativeText().contains(QLatin1String("serves v1 already")),
                qPrintable(settleBox->informativeText()));
        settleBox->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("Nothing runs")), 10000);
        QCOMPARE(page.currentOperation(), QStringLiteral("settle"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !page.isBusy() && summary->text().contains(QLatin1String("finished")), 60000);
        QCOMPARE(model->count(DeployTimelineModel::State::Failed), 0);
        QVERIFY(banner->isHidden());
        QVERIFY(Engine::RunJournal::interrupted(m_project.path()).isEmpty());
        for (const QString &host : TestEnv::hosts())
            QCOMPARE(served(host), QStringLiteral("v1"));
        page.previewOperation(QStringLiteral("deploy"));

        interruptRun(QStringLiteral("run2-test")); // a journal of its own
        page.setContext(m_project.path(), QString(), &session, &secrets);
        QTRY_VERIFY(!banner->isHidden());
        QVERIFY(banner->findChild<QLabel *>()->text().contains(QLatin1String("Boot version v2")));
        page.findChild<QPushButton *>(QStringLiteral("interruptedDismissButton"))->click();
        QVERIFY(banner->isHidden());
        QVERIFY(Engine::RunJournal::interrupted(m_project.path()).isEmpty());

        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        const auto screenshot = [&](const QString &name) {
            if (dir.isEmpty())
                return;
            for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
                Appearance::apply(scheme);
                QCoreApplication::processEvents();
                page.grab().save(
                    QStringLiteral("%1/deploy-%2-%3.png").arg(dir, name, Appearance::key(scheme)));
            }
            Appearance::apply(ColorScheme::Light);
        };
        view->setCurrentIndex(model->index(model->rowCount() - 4, 0));
        screenshot(QStringLiteral("done"));

        // A version that never becomes healthy: the failing step is selected and says why;
        // v1 keeps serving; the lock is released.
        version->setText(QStringLiteral("broken"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !page.isBusy() && summary->text().contains(QLatin1String("failed")), 90000);
        QVERIFY(model->count(DeployTimelineModel::State::Failed) >= 1);
        QCOMPARE(view->currentIndex()
                     .data(DeployTimelineModel::StateRole)
                     .value<DeployTimelineModel::State>(),
                 DeployTimelineModel::State::Failed);
        // The likely cause in words (testapp:broken answers 503 on /up), in the log and as the
        // row's last output.
        QVERIFY2(log->toPlainText().contains(QLatin1String("answers 503")),
                 qPrintable(log->toPlainText().right(1500)));
        QVERIFY(view->currentIndex()
                    .siblingAtColumn(DeployTimelineModel::OutputColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("did not switch")));
        screenshot(QStringLiteral("failed"));

        // The run history has it: the newest run failed, and its boot step says why.
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("historyButton")),
                          Qt::LeftButton);
        auto *history = page.findChild<HistoryDialog *>(QStringLiteral("historyDialog"));
        QVERIFY(history);
        QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading(), 10000);
        auto *historyView = history->findChild<QTreeView *>(QStringLiteral("historyView"));
        const QAbstractItemModel *runs = historyView->model();
        QVERIFY(runs->rowCount() >= 2); // v1 deployed, then the broken one
        const QModelIndex newest = runs->index(0, 0);
        QCOMPARE(runs->index(0, 2).data().toString(), QStringLiteral("broken"));
        QCOMPARE(runs->index(0, 3).data().toString(), QStringLiteral("Failed"));
        QVERIFY(!runs->match(runs->index(1, 3), Qt::DisplayRole, QStringLiteral("Succeeded"))
                     .isEmpty()); // the v1 deploy
        bool explained = false;
        for (int i = 0; i < runs->rowCount(newest); ++i) {
            if (runs->index(i, 3, newest).data().toString() != QLatin1String("Failed"))
                continue;
            historyView->setCurrentIndex(runs->index(i, 1, newest));
            explained = history->findChild<QPlainTextEdit *>(QStringLiteral("historyDetails"))
                            ->toPlainText()
                            .contains(QLatin1String("answers 503"));
        }
        QVERIFY(explained);
        history->resize(1232, 600);
        historyView->expand(newest);
        QTest::qWait(100);
        for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
            if (dir.isEmpty())
                break;
            Appearance::apply(scheme);
            QCoreApplication::processEvents();
            history->grab().save(
                QStringLiteral("%1/deploy-history-%2.png").arg(dir, Appearance::key(scheme)));
        }
        Appearance::apply(ColorScheme::Light);
        history->close();
        for (const QString &host : TestEnv::hosts())
            QCOMPARE(served(host), QStringLiteral("v1"));
        QCOMPARE(remote(TestEnv::hosts().constFirst(),
                        QStringLiteral("test -e .kamal/lock-testapp && echo locked")),
                 QString());

        // Cancel in the middle: the run ends as cancelled and the lock is released.
        version->setText(QStringLiteral("v2"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model->count(DeployTimelineModel::State::Succeeded) >= 4, 30000);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("cancelButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
        QVERIFY2(summary->text().contains(QLatin1String("cancelled"))
                     || summary->text().contains(QLatin1String("finished")),
                 qPrintable(summary->text()));
        QCOMPARE(remote(TestEnv::hosts().constFirst(),
                        QStringLiteral("test -e .kamal/lock-testapp && echo locked")),
                 QString());
        for (const QString &host : TestEnv::hosts()) {
            const QString answer = served(host);
            QVERIFY2(answer == QLatin1String("v1") || answer == QLatin1String("v2"),
                     qPrintable(answer));
        }
    }
};

QTEST_MAIN(TestDeployPage)
#include "tst_deploypage.moc"
