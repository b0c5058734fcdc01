// "Try It Locally" from the Welcome page against the real test environment (already up, so
// the sandbox's `testenv up` is the warm no-op): the progress dialog shows the parts, the
// sandbox copy of the demo opens with destination "sandbox" and deploys from the Deploy page,
// the demo page answers from the sandbox server, and no secret lands in the copy's files.
// Screenshots of the progress and the result, light and dark, at 1280x800.
#include "../integration/TestEnv.h"
#include "engine/Sandbox.h"
#include "gui/Appearance.h"
#include "gui/DeployPage.h"
#include "gui/MainWindow.h"
#include "gui/SandboxDialog.h"

#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Gui;

namespace {

QString served(const QString &host)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-s"), QStringLiteral("-m"), QStringLiteral("5"),
                QStringLiteral("http://%1/").arg(host)});
    curl.waitForFinished(10000);
    return QString::fromUtf8(curl.readAllStandardOutput());
}

// The window at 1280x800 with the dialog drawn over it where it sits.
QImage picture(MainWindow &window, QWidget *dialog)
{
    QImage image = window.grab().toImage();
    if (dialog && dialog->isVisible()) {
        QPainter painter(&image);
        const QPoint at = window.mapFromGlobal(dialog->mapToGlobal(QPoint(0, 0)));
        painter.drawImage(at.x() < 0 || at.y() < 0 ? QPoint(280, 170) : at,
                          dialog->grab().toImage());
    }
    return image;
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    void screenshots(MainWindow &window, QWidget *dialog, const QString &name)
    {
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY(QDir().mkpath(dir));
        for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
            Appearance::apply(scheme);
            QCoreApplication::processEvents();
            const QImage image = picture(window, dialog);
            QCOMPARE(image.size(), QSize(1280, 800));
            QVERIFY(image.save(
                QStringLiteral("%1/sandbox-%2-%3.png").arg(dir, name, Appearance::key(scheme))));
        }
        Appearance::apply(ColorScheme::Light);
    }

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_TESTENV();
        // The sandbox copy and the settings in a throwaway place; the real keyring of the env.
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS", TestEnv::value("BERTH_TEST_DBUS_ADDRESS").toUtf8());
        qputenv("BERTH_SANDBOX_SCRIPT", BERTH_SOURCE_DIR "/tests/env/testenv");
        QCOMPARE(Engine::Sandbox::unavailableReason(), QString());
    }

    void cleanupTestCase()
    {
        // What the deploy left on the server goes (remove deletes kamal-proxy's image too,
        // which the servers cannot pull: loaded again from this machine's copy).
        if (!QFileInfo::exists(Engine::Sandbox::projectFolder()))
            return;
        QProcess cli;
        cli.setProcessChannelMode(QProcess::ForwardedChannels);
        cli.start(qEnvironmentVariable("BERTH_CLI"),
                  {QStringLiteral("remove"), QStringLiteral("--yes"), QStringLiteral("-C"),
                   Engine::Sandbox::projectFolder(), QStringLiteral("-d"),
                   QStringLiteral("sandbox"), QStringLiteral("--known-hosts"),
                   Engine::Sandbox::dataFolder() + QStringLiteral("/ssh/known_hosts")});
        QVERIFY(cli.waitForFinished(180000));
        QCOMPARE(cli.exitCode(), 0);
        // Kamal's remove keeps the audit log, kamal-proxy's config volume, the network and the
        // registry login; what this test made goes too (as tests/e2e/lib.sh does).
        QProcess::execute(
            QStringLiteral("ssh"),
            {QStringLiteral("-i"), TestEnv::value("BERTH_TEST_SSH_KEY"), QStringLiteral("-o"),
             QStringLiteral("UserKnownHostsFile=") + TestEnv::value("BERTH_TEST_KNOWN_HOSTS"),
             QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
             QStringLiteral("root@") + TestEnv::hosts().value(0),
             QStringLiteral(
                 "docker rm -f kamal-proxy >/dev/null 2>&1; docker volume rm kamal-proxy-config "
                 ">/dev/null 2>&1; docker network rm kamal >/dev/null 2>&1; rm -rf .kamal; "
                 "docker logout 127.0.0.1:5001 >/dev/null 2>&1; [ \"$(tr -d ' \\n\\t' < "
                 "~/.docker/config.json 2>/dev/null)\" = '{\"auths\":{}}' ] && rm -rf ~/.docker; "
                 "true")});
        const QStringList sockets
            = TestEnv::value("BERTH_TEST_DOCKER_SOCKETS").split(QLatin1Char(' '));
        for (const QString &socket : sockets) {
            QProcess::execute(
                QStringLiteral("sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("docker -H unix://%1 image inspect %2 >/dev/null 2>&1 || "
                                "docker save %2 | docker -H unix://%1 load >/dev/null")
                     .arg(socket, TestEnv::value("BERTH_TEST_PROXY_IMAGE"))});
        }
    }

    void tryItLocallyDeploysTheDemo()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *button = window.findChild<QPushButton *>(QStringLiteral("tryLocallyButton"));
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        button->click();
        SandboxDialog *dialog = window.sandboxDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        // One line per part of the environment, as testenv prints them.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->log().contains(QStringLiteral("testenv up: all parts up")),
                                 120000);
        QVERIFY(dialog->log().contains(QStringLiteral("loopback-registry")));
        screenshots(window, dialog, QStringLiteral("progress"));

        // Then the copy opens with destination "sandbox" and deploys from the Deploy page.
        QTRY_COMPARE_WITH_TIMEOUT(window.destination(), QStringLiteral("sandbox"), 60000);
        QCOMPARE(window.project()->rootPath(),
                 QDir(Engine::Sandbox::projectFolder()).absolutePath());
        auto *link = dialog->findChild<QLabel *>(QStringLiteral("sandboxLink"));
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("sandboxStatus"));
        QVERIFY(link && status);
        auto *summary = window.findChild<QLabel *>(QStringLiteral("deploySummary"));
        QVERIFY(summary);
        // The run's end either way (the Deploy page says why when it fails).
        auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("sandboxCancelButton"));
        QVERIFY(cancel);
        const auto ended = [&] {
            return link->isVisible()
                || (!cancel->isEnabled() && status->text().contains(QStringLiteral("did not")));
        };
        QTRY_VERIFY_WITH_TIMEOUT(ended(), 240000);
        QVERIFY2(link->isVisible(),
                 qPrintable(status->text() + QStringLiteral(" / ") + summary->text()));
        const QString host = TestEnv::hosts().value(0);
        QVERIFY2(link->text().contains(QStringLiteral("http://%1/").arg(host)),
                 qPrintable(link->text()));
        QVERIFY2(served(host).contains(QStringLiteral("Hello from the Berth demo")),
                 qPrintable(served(host)));
        screenshots(window, dialog, QStringLiteral("result"));

        // No secret value in any file of the copy (they live in the keychain).
        const QStringList secrets {TestEnv::value("BERTH_TEST_REGISTRY_PASSWORD"),
                                   TestEnv::value("BERTH_TEST_S3_SECRET_KEY"),
                                   TestEnv::value("BERTH_TEST_S3_ACCESS_KEY")};
        QDirIterator it(Engine::Sandbox::projectFolder(), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++files;
            for (const QString &secret : secrets)
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
        QVERIFY(files > 5); // the demo's files and the git repository
        dialog->close();
    }
};

QTEST_MAIN(TestSandbox)
#include "tst_sandbox.moc"
