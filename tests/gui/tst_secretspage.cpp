// The Secrets page against the real Secret Service (gnome-keyring of tests/env) and real
// files: adding a variable puts it in the keychain and into deploy.yml's ERB, .kamal/secrets
// resolves with it, a command runs only after approval, values show only while held.
#include "../integration/TestEnv.h"
#include "core/AtomicFile.h"
#include "core/config/ConfigSession.h"
#include "gui/Appearance.h"
#include "gui/SecretsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Berth;
using namespace Berth::Gui;

namespace {

QTreeWidgetItem *row(QTreeWidget *view, const QString &name)
{
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        if (view->topLevelItem(i)->text(0) == name)
            return view->topLevelItem(i);
    }
    return nullptr;
}

QString resolved(const SecretsPage &page, const QString &name)
{
    for (const auto &secret : page.resolution().secrets) {
        if (secret.name == name)
            return secret.value;
    }
    return QStringLiteral("<unresolved>");
}

template<typename T>
T *waitForChild(QWidget *parent, const QString &name)
{
    T *found = nullptr;
    for (int i = 0; i < 100 && !found; ++i) {
        QTest::qWait(20);
        found = parent->findChild<T *>(name);
    }
    return found;
}

} // namespace

class TestSecretsPage : public QObject
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
        QDir(m_project.path()).mkpath(QStringLiteral("config"));
        QDir(m_project.path()).mkpath(QStringLiteral(".kamal"));
        QVERIFY(AtomicFile::write(m_project.filePath(QStringLiteral("config/deploy.yml")),
                                  "service: shop\nimage: acme/shop\nservers:\n"
                                  "  - <%= ENV[\"BERTH_TEST_SERVER_IP\"] %>\n"
                                  "registry:\n  username: a\n  password: [REGISTRY_TOKEN]\n"
                                  "builder:\n  arch: amd64\nenv:\n  secret: [DB_PASSWORD]\n")
                    .has_value());
        QVERIFY(AtomicFile::write(m_project.filePath(QStringLiteral(".kamal/secrets")),
                                  "DB_PASSWORD=$BERTH_TEST_DB_PASSWORD\n"
                                  "REGISTRY_TOKEN=$(printf tok-%s 42)\n")
                    .has_value());
    }

    void keepsValuesInTheKeychainAndUsesThem()
    {
        Config::ConfigSession session(Config::projectLoadOptions(
            m_project.filePath(QStringLiteral("config/deploy.yml")), QString()));
        SecretsPage page;
        connect(&page, &SecretsPage::environmentLoaded, &session,
                &Config::ConfigSession::setProjectVariables);
        page.resize(1232, 720);
        page.show();
        page.setContext(m_project.path(), QString(), &session);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isResolving() && !page.resolution().filesRead.isEmpty(),
                                 10000);

        // deploy.yml reads a variable nothing sets: listed, with a warning.
        auto *variables = page.findChild<QTreeWidget *>(QStringLiteral("variablesView"));
        QVERIFY(row(variables, QStringLiteral("BERTH_TEST_SERVER_IP")));
        QCOMPARE(row(variables, QStringLiteral("BERTH_TEST_SERVER_IP"))->text(1),
                 QStringLiteral("(not set)"));
        // The command is not run before it is approved.
        auto *secrets = page.findChild<QTreeWidget *>(QStringLiteral("secretsView"));
        QVERIFY(row(secrets, QStringLiteral("REGISTRY_TOKEN")));
        QVERIFY(row(secrets, QStringLiteral("REGISTRY_TOKEN"))
                    ->text(1)
                    .contains(QLatin1String("approved")));
        QCOMPARE(resolved(page, QStringLiteral("REGISTRY_TOKEN")), QStringLiteral("<unresolved>"));

        // Add two variables through the dialog, as a user would.
        const auto add = [&](const QString &name, const QString &value, bool secret) {
            QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("addVariableButton")),
                              Qt::LeftButton);
            auto *dialog = waitForChild<QDialog>(&page, QStringLiteral("variableDialog"));
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("variableName")), name);
            // setText: QTest types ASCII only, and the value is not.
            dialog->findChild<QLineEdit *>(QStringLiteral("variableValue"))->setText(value);
            dialog->findChild<QCheckBox *>(QStringLiteral("variableSecret"))->setChecked(secret);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            QTRY_VERIFY_WITH_TIMEOUT(
                row(variables, name)
                    && row(variables, name)->text(2).contains(QLatin1String("keychain")),
                10000);
        };
        add(QStringLiteral("BERTH_TEST_SERVER_IP"), QStringLiteral("203.0.113.9"), false);
        add(QStringLiteral("BERTH_TEST_DB_PASSWORD"), QStringLiteral("s3cret pässword"), true);

        // ERB in deploy.yml and $VAR in .kamal/secrets now read the keychain.
        QTRY_COMPARE_WITH_TIMEOUT(
            Config::YamlEditor::find(session.config().effective, QStringLiteral("servers/0"))
                ->scalar,
            QStringLiteral("203.0.113.9"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(resolved(page, QStringLiteral("DB_PASSWORD")),
                                  QStringLiteral("s3cret pässword"), 10000);
        // A plain value shows; a secret one is masked until "Show" is held.
        QCOMPARE(row(variables, QStringLiteral("BERTH_TEST_SERVER_IP"))->text(1),
                 QStringLiteral("203.0.113.9"));
        QTreeWidgetItem *password = row(variables, QStringLiteral("BERTH_TEST_DB_PASSWORD"));
        QVERIFY(!password->text(1).contains(QLatin1String("s3cret")));
        variables->setCurrentItem(password);
        auto *reveal = page.findChild<QPushButton *>(QStringLiteral("revealButton"));
        QVERIFY(reveal->isEnabled());
        QTest::mousePress(reveal, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(row(variables, QStringLiteral("BERTH_TEST_DB_PASSWORD"))->text(1),
                                  QStringLiteral("s3cret pässword"), 5000);
        QTest::mouseRelease(reveal, Qt::LeftButton);
        QVERIFY(!row(variables, QStringLiteral("BERTH_TEST_DB_PASSWORD"))
                     ->text(1)
                     .contains(QLatin1String("s3cret")));

        // Approving the command runs it, and only that command text.
        secrets->setCurrentItem(row(secrets, QStringLiteral("REGISTRY_TOKEN")));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("approveCommandButton")),
                          Qt::LeftButton);
        auto *box = waitForChild<QMessageBox>(&page, QStringLiteral("approveCommandBox"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QLatin1String("printf tok-%s 42")));
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(resolved(page, QStringLiteral("REGISTRY_TOKEN")),
                                  QStringLiteral("tok-42"), 10000);

        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
                Appearance::apply(scheme);
                QCoreApplication::processEvents();
                page.grab().save(
                    QStringLiteral("%1/secrets-%2.png").arg(dir, Appearance::key(scheme)));
            }
            Appearance::apply(ColorScheme::Light);
        }

        // Nothing but names reached the settings file.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("BERTH_TEST_DB_PASSWORD"));
        QVERIFY(!stored.contains("s3cret"));

        // Clean up the keychain entries this test made.
        for (const QString &name :
             {QStringLiteral("BERTH_TEST_SERVER_IP"), QStringLiteral("BERTH_TEST_DB_PASSWORD")}) {
            bool done = false;
            page.environment()->remove(name, [&done](Result<void>) { done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        }
    }
};

QTEST_MAIN(TestSecretsPage)
#include "tst_secretspage.moc"
