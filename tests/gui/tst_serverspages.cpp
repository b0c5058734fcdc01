// The Releases and Servers pages against the real test servers after two real deploys:
// retained versions with the live one, rollback offered only where Kamal can do it, the
// containers of every host, the deploy lock with its holder, and live logs.
#include "../integration/TestEnv.h"
#include "core/AtomicFile.h"
#include "core/config/ConfigSession.h"
#include "engine/HostConnector.h"
#include "engine/Operation.h"
#include "engine/PlanRunner.h"
#include "gui/Appearance.h"
#include "gui/DeployPage.h"
#include "gui/DeployTimelineModel.h"
#include "gui/ExecDialog.h"
#include "gui/ServersPages.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Berth;
using namespace Berth::Gui;

namespace {

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

QTreeWidgetItem *findItem(QTreeWidget *view, const QString &text)
{
    const auto items = view->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return items.isEmpty() ? nullptr : items.constFirst();
}

} // namespace

class TestServersPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_project;

    // Runs an operation through the engine, as the Deploy page does.
    bool run(Engine::OperationKind kind, const QString &argument = {}, const QString &version = {})
    {
        Engine::OperationRequest request;
        request.projectRoot = m_project.path();
        request.kind = kind;
        request.argument = argument;
        request.version = version;
        request.skipPush = true;
        request.secrets.insert(QStringLiteral("KAMAL_REGISTRY_PASSWORD"),
                               TestEnv::value("BERTH_TEST_REGISTRY_PASSWORD"));
        const auto prepared = Engine::prepareOperation(request);
        if (!prepared) {
            qWarning() << prepared.error().message;
            return false;
        }
        Engine::HostKeyPolicy policy;
        policy.knownHostsFile = TestEnv::value("BERTH_TEST_KNOWN_HOSTS");
        Engine::PlanRunner::Options options;
        options.connect = Engine::makeConnector(prepared->config, policy);
        options.projectRoot = m_project.path();
        Engine::PlanRunner runner(options);
        QSignalSpy finished(&runner, &Engine::PlanRunner::finished);
        runner.start(prepared->plan);
        if (!finished.wait(120000))
            return false;
        return finished.constFirst().constFirst().value<Engine::PlanRunner::Outcome>()
            == Engine::PlanRunner::Outcome::Success;
    }

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_TESTENV();
        QStandardPaths::setTestModeEnabled(true);
        cleanServers();
        QDir(m_project.path()).mkpath(QStringLiteral("config"));
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
        QVERIFY(run(Engine::OperationKind::Deploy, {}, QStringLiteral("v1")));
        QVERIFY(run(Engine::OperationKind::Deploy, {}, QStringLiteral("v2")));
    }

    void cleanupTestCase()
    {
        if (TestEnv::available())
            cleanServers();
    }

    void showsReleasesAndOffersRollback()
    {
        Config::ConfigSession session(Config::projectLoadOptions(
            m_project.filePath(QStringLiteral("config/deploy.yml")), QString()));
        ReleasesPage page;
        page.setKnownHostsFile(TestEnv::value("BERTH_TEST_KNOWN_HOSTS"));
        page.setContext(m_project.path(), QString(), &session, nullptr);
        page.resize(1232, 720);
        page.show(); // the first show looks at the servers
        auto *view = page.findChild<QTreeWidget *>(QStringLiteral("releasesView"));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRefreshing() && findItem(view, QStringLiteral("v1")),
                                 30000);
        QTreeWidgetItem *v2 = findItem(view, QStringLiteral("v2"));
        QTreeWidgetItem *v1 = findItem(view, QStringLiteral("v1"));
        QVERIFY(v2 && v1);
        QCOMPARE(v2->text(3).split(QStringLiteral(", ")).size(),
                 TestEnv::hosts().size()); // live everywhere
        QVERIFY(v1->text(3).isEmpty());
        auto *rollback = page.findChild<QPushButton *>(QStringLiteral("rollbackButton"));
        view->setCurrentItem(v2);
        QVERIFY(!rollback->isEnabled()); // already live
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("rollbackReason"))
                    ->text()
                    .contains(QLatin1String("live")));
        view->setCurrentItem(v1);
        QVERIFY(rollback->isEnabled());
        QSignalSpy requested(&page, &ReleasesPage::rollbackRequested);
        rollback->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.constFirst().constFirst().toString(), QStringLiteral("v1"));

        // A version missing on one host cannot be rolled back to, and the page says why.
        remote(TestEnv::hosts().constLast(),
               QStringLiteral("docker rm -f testapp-web-v1 >/dev/null"));
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
            !page.isRefreshing() && findItem(view, QStringLiteral("v1"))
                && findItem(view, QStringLiteral("v1"))->text(4).startsWith(QLatin1String("1 of")),
            30000);
        view->setCurrentItem(findItem(view, QStringLiteral("v1")));
        QVERIFY(!rollback->isEnabled());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("rollbackReason"))
                    ->text()
                    .contains(QLatin1String("not kept")));
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
                Appearance::apply(scheme);
                QCoreApplication::processEvents();
                page.grab().save(
                    QStringLiteral("%1/releases-%2.png").arg(dir, Appearance::key(scheme)));
            }
            Appearance::apply(ColorScheme::Light);
        }
    }

    void showsContainersLockAndLogs()
    {
        Config::ConfigSession session(Config::projectLoadOptions(
            m_project.filePath(QStringLiteral("config/deploy.yml")), QString()));
        QVERIFY(run(Engine::OperationKind::LockAcquire,
                    QStringLiteral("Database migration in progress"), QStringLiteral("v2")));
        ServersPage page;
        page.setKnownHostsFile(TestEnv::value("BERTH_TEST_KNOWN_HOSTS"));
        page.setContext(m_project.path(), QString(), &session, nullptr);
        page.resize(1232, 720);
        page.show();
        auto *view = page.findChild<QTreeWidget *>(QStringLiteral("serversView"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !page.isRefreshing() && findItem(view, QStringLiteral("testapp-web-v2")), 30000);
        QVERIFY(findItem(view, QStringLiteral("kamal-proxy")));
        QCOMPARE(findItem(view, QStringLiteral("testapp-web-v2"))->text(2),
                 QStringLiteral("running"));
        auto *lock = page.findChild<QLabel *>(QStringLiteral("lockLabel"));
        QVERIFY2(lock->text().contains(QLatin1String("Database migration in progress")),
                 qPrintable(lock->text()));
        auto *release = page.findChild<QPushButton *>(QStringLiteral("releaseLockButton"));
        QVERIFY(release->isVisible());
        QSignalSpy requested(&page, &ServersPage::releaseLockRequested);
        release->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = page.findChild<QMessageBox *>(QStringLiteral("releaseLockBox"))));
        box->button(QMessageBox::Yes)->click();
        QCOMPARE(requested.size(), 1);
        QVERIFY(run(Engine::OperationKind::LockRelease));

        // Live logs: a request to the app shows up in its container's log.
        view->setCurrentItem(findItem(view, QStringLiteral("testapp-web-v2")));
        page.findChild<QPushButton *>(QStringLiteral("followLogsButton"))->click();
        QProcess::execute(QStringLiteral("curl"),
                          {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                           QStringLiteral("http://%1/env?name=BERTH_LOG_MARKER")
                               .arg(TestEnv::hosts().constFirst())});
        auto *logs = page.findChild<QPlainTextEdit *>(QStringLiteral("containerLogs"));
        QTRY_VERIFY2_WITH_TIMEOUT(logs->toPlainText().contains(QLatin1String("BERTH_LOG_MARKER")),
                                  qPrintable(logs->toPlainText().right(400)), 15000);
        page.findChild<QPushButton *>(QStringLiteral("stopLogsButton"))->click();
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
                Appearance::apply(scheme);
                QCoreApplication::processEvents();
                page.grab().save(
                    QStringLiteral("%1/servers-%2.png").arg(dir, Appearance::key(scheme)));
            }
            Appearance::apply(ColorScheme::Light);
        }
    }

    // A server not in known_hosts yet is shown with its fingerprint, as on the Deploy page:
    // declined, the page says so; trusted, its key is written and the page shows the server.
    void asksAboutANewServer()
    {
        Config::ConfigSession session(Config::projectLoadOptions(
            m_project.filePath(QStringLiteral("config/deploy.yml")), QString()));
        const QTemporaryDir dir;
        const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
        ServersPage page;
        page.setKnownHostsFile(knownHosts);
        page.setContext(m_project.path(), QString(), &session, nullptr);
        page.resize(1232, 720);
        page.show();
        auto *view = page.findChild<QTreeWidget *>(QStringLiteral("serversView"));
        // One question per host, each naming it; the first time they are all declined.
        for (const bool trust : {false, true}) {
            if (trust)
                page.refresh();
            QStringList asked;
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    for (QWidget *widget : QApplication::topLevelWidgets()) {
                        auto *box = qobject_cast<QMessageBox *>(widget);
                        if (!box || box->objectName() != QLatin1String("hostKeyQuestion")
                            || !box->isVisible())
                            continue;
                        asked.append(box->text());
                        [&] {
                            QVERIFY(box->informativeText().contains(QLatin1String("SHA256:")));
                        }();
                        box->button(trust ? QMessageBox::Yes : QMessageBox::Cancel)->click();
                    }
                    return asked.size() == TestEnv::hosts().size();
                }(),
                30000);
            for (const QString &host : TestEnv::hosts())
                QVERIFY2(asked.filter(host).size() == 1, qPrintable(asked.join(QLatin1Char('\n'))));
            QTRY_VERIFY_WITH_TIMEOUT(!page.isRefreshing(), 30000);
            if (!trust) {
                QVERIFY(!findItem(view, QStringLiteral("testapp-web-v2")));
                QCOMPARE(view->topLevelItemCount(), TestEnv::hosts().size());
                for (int i = 0; i < view->topLevelItemCount(); ++i) {
                    const QString shown = view->topLevelItem(i)->text(0);
                    QVERIFY2(shown.contains(QLatin1String("not in known_hosts")),
                             qPrintable(shown));
                }
            }
        }
        QVERIFY(findItem(view, QStringLiteral("testapp-web-v2")));
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        for (const QString &host : TestEnv::hosts())
            QVERIFY2(written.contains(host.toUtf8()), written.constData());
    }

    // "Run a command…": the dialog asks where and what; a plain run goes through the Deploy
    // page's runner (as the aliases do) with each host's output there; an interactive one hands
    // Kamal's ssh command line to the user's terminal.
    void runsACommandFromTheDialog()
    {
        Config::ConfigSession session(Config::projectLoadOptions(
            m_project.filePath(QStringLiteral("config/deploy.yml")), QString()));
        const QString knownHosts = TestEnv::value("BERTH_TEST_KNOWN_HOSTS");
        ServersPage page;
        page.setKnownHostsFile(knownHosts);
        page.setContext(m_project.path(), QString(), &session, nullptr);
        DeployPage deploy;
        deploy.setKnownHostsFile(knownHosts);
        deploy.setContext(m_project.path(), QString(), &session, nullptr);
        connect(&page, &ServersPage::execRequested, &deploy, &DeployPage::runExec); // MainWindow
        page.resize(1280, 800);
        deploy.resize(1280, 800);
        page.show();
        auto *execButton = page.findChild<QPushButton *>(QStringLiteral("execButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRefreshing() && execButton->isEnabled(), 30000);
        QCOMPARE(execButton->text(), QStringLiteral("Run a &Command…"));

        QTest::mouseClick(execButton, Qt::LeftButton);
        QPointer<ExecDialog> dialog;
        QTRY_VERIFY((dialog = page.findChild<ExecDialog *>(QStringLiteral("execDialog"))));
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *target = dialog->findChild<QComboBox *>(QStringLiteral("targetCombo"));
        auto *command = dialog->findChild<QLineEdit *>(QStringLiteral("commandEdit"));
        auto *reuse = dialog->findChild<QCheckBox *>(QStringLiteral("reuseCheck"));
        auto *interactive = dialog->findChild<QCheckBox *>(QStringLiteral("interactiveCheck"));
        auto *runButton = dialog->findChild<QPushButton *>(QStringLiteral("execRunButton"));
        QVERIFY(target && command && reuse && interactive && runButton);
        QCOMPARE(target->count(), 1); // one role, no accessory
        QCOMPARE(target->currentText(), QStringLiteral("The app"));
        QVERIFY(!target->accessibleName().isEmpty() && !command->accessibleName().isEmpty());
        QVERIFY(reuse->isChecked());
        QVERIFY(!interactive->isChecked());
        QVERIFY(!runButton->isEnabled()); // nothing to run yet
        // Keyboard: the command line has the focus; mnemonics reach the check boxes.
        QTRY_COMPARE(QApplication::focusWidget(), command);
        QTest::keyClicks(command, QStringLiteral("/testapp --version"));
        QVERIFY(runButton->isEnabled());
        QCOMPARE(QKeySequence::mnemonic(interactive->text()), QKeySequence(Qt::ALT | Qt::Key_I));
        QCOMPARE(QKeySequence::mnemonic(reuse->text()), QKeySequence(Qt::ALT | Qt::Key_C));
        QCOMPARE(QKeySequence::mnemonic(runButton->text()), QKeySequence(Qt::ALT | Qt::Key_R));
        auto *where = dialog->findChild<QLabel *>(QStringLiteral("whereLabel"));
        QVERIFY2(where->text().contains(TestEnv::hosts().constFirst())
                     && where->text().contains(QLatin1String("running container")),
                 qPrintable(where->text()));
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            // The page with the dialog over it, as a window manager would centre it.
            for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
                Appearance::apply(scheme);
                QCoreApplication::processEvents();
                QPixmap shot = page.grab();
                const QPixmap over = dialog->grab();
                QPainter painter(&shot);
                painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
                painter.drawPixmap((shot.width() - over.width()) / 2,
                                   (shot.height() - over.height()) / 3, over);
                painter.end();
                shot.save(QStringLiteral("%1/servers-exec-dialog-%2.png")
                              .arg(dir, Appearance::key(scheme)));
            }
            Appearance::apply(ColorScheme::Light);
        }
        QTest::mouseClick(runButton, Qt::LeftButton);
        QTRY_VERIFY(!dialog); // closed and deleted

        // The output of each host on the Deploy page: the running version.
        auto *summary = deploy.findChild<QLabel *>(QStringLiteral("deploySummary"));
        QTRY_VERIFY2_WITH_TIMEOUT(!deploy.isBusy()
                                      && summary->text().contains(QLatin1String("finished")),
                                  qPrintable(summary->text()), 60000);
        DeployTimelineModel *model = deploy.timeline();
        QCOMPARE(model->rowCount(), TestEnv::hosts().size());
        QCOMPARE(model->count(DeployTimelineModel::State::Succeeded), model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString log = model->index(row, 0).data(DeployTimelineModel::LogRole).toString();
            QVERIFY2(log.contains(QLatin1String("\nv2\n")), qPrintable(log));
        }
        // The first host's output is shown without a click.
        auto *stepLog = deploy.findChild<QPlainTextEdit *>(QStringLiteral("stepLog"));
        QVERIFY2(stepLog->toPlainText().contains(QLatin1String("\nv2\n")),
                 qPrintable(stepLog->toPlainText()));
        if (!dir.isEmpty()) {
            deploy.show();
            for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
                Appearance::apply(scheme);
                QCoreApplication::processEvents();
                deploy.grab().save(QStringLiteral("%1/servers-exec-output-%2.png")
                                       .arg(dir, Appearance::key(scheme)));
            }
            Appearance::apply(ColorScheme::Light);
        }

        // Interactive: the terminal gets exactly Kamal's ssh command line for the running
        // container on the primary host.
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
        QTest::mouseClick(execButton, Qt::LeftButton);
        QTRY_VERIFY((dialog = page.findChild<ExecDialog *>(QStringLiteral("execDialog"))));
        command = dialog->findChild<QLineEdit *>(QStringLiteral("commandEdit"));
        QVERIFY(command->text().isEmpty());
        QTest::keyClicks(command, QStringLiteral("sh"));
        dialog->findChild<QCheckBox *>(QStringLiteral("interactiveCheck"))->setChecked(true);
        QTest::keyClick(command, Qt::Key_Return); // the default button: Run
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(recorded).size() > 0, 30000);
        qunsetenv("BERTH_TERMINAL");
        QFile args(recorded);
        QVERIFY(args.open(QIODevice::ReadOnly));
        const QStringList expected {QStringLiteral("-e"),
                                    QStringLiteral("ssh"),
                                    QStringLiteral("-o"),
                                    QStringLiteral("UserKnownHostsFile=") + knownHosts,
                                    QStringLiteral("-i"),
                                    TestEnv::value("BERTH_TEST_SSH_KEY"),
                                    QStringLiteral("-t"),
                                    QStringLiteral("root@") + TestEnv::hosts().constFirst(),
                                    QStringLiteral("-p"),
                                    QStringLiteral("22"),
                                    QStringLiteral("docker exec -it testapp-web-v2 sh")};
        QCOMPARE(QString::fromUtf8(args.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 expected);
        QTRY_VERIFY(summary->text().startsWith(QLatin1String("Opened in a terminal: ssh ")));
        QVERIFY2(summary->text().endsWith(
                     QStringLiteral(" -t root@%1 -p 22 'docker exec -it testapp-web-v2 sh'")
                         .arg(TestEnv::hosts().constFirst())),
                 qPrintable(summary->text()));
    }
};

QTEST_MAIN(TestServersPages)
#include "tst_serverspages.moc"
