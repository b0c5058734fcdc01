// The Config page against real files: fields show the effective configuration, edits go to
// the file as minimal changes, undo/redo, diagnostics at the field, save writes atomically.
#include "core/AtomicFile.h"
#include "core/config/ConfigSession.h"
#include "core/config/RubyErb.h"
#include "gui/Appearance.h"
#include "gui/CollectionEditors.h"
#include "gui/ConfigPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Berth;
using namespace Berth::Config;
using namespace Berth::Gui;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    Q_EMIT edit->editingFinished();
}

} // namespace

class TestConfigPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_config;
    QByteArray m_original;

    std::unique_ptr<ConfigSession> session()
    {
        LoadOptions options;
        options.configFile = m_config;
        options.erb.variable = [](const QString &name) -> std::optional<QString> {
            if (name == QLatin1String("KAMAL_APP_DOMAIN"))
                return QStringLiteral("demo.example.com");
            if (name == QLatin1String("KAMAL_SERVER_IP"))
                return QStringLiteral("203.0.113.7");
            if (name == QLatin1String("KAMAL_REGISTRY_USERNAME"))
                return QStringLiteral("alice");
            if (name == QLatin1String("S3_ENDPOINT"))
                return QStringLiteral("https://s3.example.com");
            return std::nullopt;
        };
        return std::make_unique<ConfigSession>(options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        // A copy of the demo project: its deploy.yml with comments, ERB and accessories.
        QDir(m_dir.path()).mkpath(QStringLiteral("config"));
        m_config = m_dir.filePath(QStringLiteral("config/deploy.yml"));
        m_original = readFile(QStringLiteral(BERTH_SOURCE_DIR "/examples/demo/config/deploy.yml"));
        QVERIFY(!m_original.isEmpty());
        QVERIFY(AtomicFile::write(m_config, m_original).has_value());
    }

    void showsTheEffectiveConfiguration()
    {
        auto s = session();
        ConfigPage page;
        page.setSession(s.get());
        QCOMPARE(qobject_cast<QLineEdit *>(page.fieldFor(QStringLiteral("service")))->text(),
                 QStringLiteral("demo"));
        QCOMPARE(qobject_cast<QLineEdit *>(page.fieldFor(QStringLiteral("proxy/app_port")))->text(),
                 QStringLiteral("3000"));
        QVERIFY(qobject_cast<QCheckBox *>(page.fieldFor(QStringLiteral("proxy/ssl")))->isChecked());
        // ERB-bound: shows the value, cannot be typed over, and says where it comes from.
        auto *host = qobject_cast<QLineEdit *>(page.fieldFor(QStringLiteral("proxy/host")));
        QCOMPARE(host->text(), QStringLiteral("demo.example.com"));
        QVERIFY(host->isReadOnly());
        // …and it offers to change the variable, not to hard-code the value.
        auto *note = host->parentWidget()->findChildren<QLabel *>().value(0);
        QVERIFY2(note->text().contains(QLatin1String("KAMAL_APP_DOMAIN = demo.example.com")),
                 qPrintable(note->text()));
        QSignalSpy change(&page, &ConfigPage::changeVariableRequested);
        Q_EMIT note->linkActivated(QStringLiteral("KAMAL_APP_DOMAIN"));
        QCOMPARE(change.size(), 1);
        QCOMPARE(change.constFirst().constFirst().toString(), QStringLiteral("KAMAL_APP_DOMAIN"));
        // A template that adds text to the variable does not pass the field's value off as the
        // variable's ("demo/demo" is the image, KAMAL_REGISTRY_USERNAME's default is "demo").
        auto *imageNote = page.fieldFor(QStringLiteral("image"))
                              ->parentWidget()
                              ->findChildren<QLabel *>()
                              .value(0);
        QVERIFY2(imageNote->text().startsWith(QLatin1String("Computed from "))
                     && imageNote->text().contains(
                         QLatin1String("with the variable KAMAL_REGISTRY_USERNAME"))
                     && !imageNote->text().contains(QLatin1String("KAMAL_REGISTRY_USERNAME =")),
                 qPrintable(imageNote->text()));
        QCOMPARE(page.findChild<QListWidget *>(QStringLiteral("hostsList"))->count(), 1);
        QCOMPARE(
            page.findChild<QTreeWidget *>(QStringLiteral("accessoriesView"))->topLevelItemCount(),
            2);
    }

    void editsUndoesAndSavesMinimalChanges()
    {
        auto s = session();
        ConfigPage page;
        page.resize(1000, 700);
        page.show();
        page.setSession(s.get());
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        typeInto(qobject_cast<QLineEdit *>(page.fieldFor(QStringLiteral("proxy/app_port"))),
                 QStringLiteral("8080"));
        QVERIFY(s->isModified());
        QCOMPARE(YamlEditor::find(s->config().effective, QStringLiteral("proxy/app_port"))->scalar,
                 QStringLiteral("8080"));
        QCOMPARE(readFile(m_config), m_original); // nothing on disk before Save

        page.showPath(QStringLiteral("servers"));
        auto *newHost = page.findChild<QLineEdit *>(QStringLiteral("newHostEdit"));
        QTest::keyClicks(newHost, QStringLiteral("203.0.113.8"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("addHostButton")),
                          Qt::LeftButton);
        QCOMPARE(page.findChild<QListWidget *>(QStringLiteral("hostsList"))->count(), 2);

        auto *undo = page.findChild<QPushButton *>(QStringLiteral("undoButton"));
        QVERIFY(undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(page.findChild<QListWidget *>(QStringLiteral("hostsList"))->count(), 1);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("redoButton")),
                          Qt::LeftButton);
        QCOMPARE(page.findChild<QListWidget *>(QStringLiteral("hostsList"))->count(), 2);

        // The YAML view opens at the line of the field last edited.
        page.fieldFor(QStringLiteral("proxy/app_port"))->setFocus();
        QApplication::processEvents();
        page.findChild<QTabWidget *>(QStringLiteral("configTabs"))->setCurrentIndex(1);
        auto *source = page.findChild<QPlainTextEdit *>(QStringLiteral("yamlSource"));
        QCOMPARE(source->textCursor().selectedText(), QStringLiteral("  app_port: 8080"));
        page.findChild<QTabWidget *>(QStringLiteral("configTabs"))->setCurrentIndex(0);

        page.save(false);
        QVERIFY(!s->isModified());
        QByteArray expected = m_original;
        expected.replace("  app_port: 3000\n", "  app_port: 8080\n");
        expected.replace("      - <%= ENV[\"KAMAL_SERVER_IP\"] %>\n",
                         "      - <%= ENV[\"KAMAL_SERVER_IP\"] %>\n      - 203.0.113.8\n");
        QCOMPARE(readFile(m_config), expected);
    }

    // Every section renders with its fields; with BERTH_SCREENSHOT_DIR set, pictures of each
    // section are saved there for people to look at.
    void rendersEverySection()
    {
        auto s = session();
        ConfigPage page;
        page.resize(1232, 690); // the page inside a 1280×800 window
        page.setSession(s.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *sections = page.findChild<QListWidget *>(QStringLiteral("sectionList"));
        QCOMPARE(sections->count(), 10);
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
            Appearance::apply(scheme);
            for (int row = 0; row < sections->count(); ++row) {
                sections->setCurrentRow(row);
                QCoreApplication::processEvents();
                const QImage image = page.grab().toImage();
                QVERIFY(!image.isNull());
                if (!dir.isEmpty())
                    image.save(QStringLiteral("%1/config-section-%2-%3.png")
                                   .arg(dir, Appearance::key(scheme))
                                   .arg(row));
            }
        }
        Appearance::apply(ColorScheme::Light);
    }

    void addsAnAccessoryFromATemplate()
    {
        auto s = session();
        ConfigPage page;
        page.setSession(s.get());
        auto *button = page.findChild<QPushButton *>(QStringLiteral("addAccessoryButton"));
        QVERIFY(button && button->menu());
        QAction *redis = nullptr;
        const auto actions = button->menu()->actions();
        for (QAction *action : actions) {
            if (action->objectName() == QLatin1String("template:redis"))
                redis = action;
        }
        QVERIFY(redis);
        redis->trigger();
        QCOMPARE(
            page.findChild<QTreeWidget *>(QStringLiteral("accessoriesView"))->topLevelItemCount(),
            3);
        // Placed on the app's host the way the file writes it, and only on the loopback.
        const YamlNodePtr host
            = YamlEditor::find(s->config().effective, QStringLiteral("accessories/redis/host"));
        QCOMPARE(host->scalar, QStringLiteral("203.0.113.7"));
        QCOMPARE(YamlEditor::find(s->config().effective, QStringLiteral("accessories/redis/port"))
                     ->scalar,
                 QStringLiteral("127.0.0.1:6379:6379"));
        QVERIFY(!s->config().hasErrors());
        // A second one gets a free name.
        button->menu()->actions().constFirst()->trigger();
        QVERIFY(YamlEditor::find(s->config().effective, QStringLiteral("accessories/db-2/image")));
        s->undo();
        s->undo();
        QVERIFY(!s->isModified());
    }

    void editsTheHostsOfEachRole()
    {
        const QByteArray text = "service: shop\nimage: acme/shop\nservers:\n  web:\n    - "
                                "10.0.0.1\n  job:\n    hosts:\n"
                                "      - 10.0.0.2: [batch]\n    cmd: bin/jobs\nregistry:\n  "
                                "username: a\n  password: [P]\n"
                                "builder:\n  arch: amd64\n";
        QVERIFY(AtomicFile::write(m_config, text).has_value());
        auto s = session();
        ConfigPage page;
        page.setSession(s.get());
        auto *roles = page.findChild<QComboBox *>(QStringLiteral("roleCombo"));
        QCOMPARE(roles->count(), 2);
        QCOMPARE(roles->itemText(0), QStringLiteral("job")); // sorted, as Kamal orders roles
        roles->setCurrentIndex(roles->findText(QStringLiteral("job")));
        auto *hosts = page.findChild<QListWidget *>(QStringLiteral("hostsList"));
        QCOMPARE(hosts->count(), 1);
        QVERIFY(hosts->item(0)->text().startsWith(QLatin1String("10.0.0.2  (")));
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("newHostEdit")),
                         QStringLiteral("10.0.0.3"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("addHostButton")),
                          Qt::LeftButton);
        QCOMPARE(
            YamlEditor::find(s->config().effective, QStringLiteral("servers/job/hosts/1"))->scalar,
            QStringLiteral("10.0.0.3"));
        QCOMPARE(roles->currentText(), QStringLiteral("job"));
        QCOMPARE(hosts->count(), 2);
    }

    // A role's own command, options, labels and variables, next to its hosts; removing a host.
    void editsEachRolesSettings()
    {
        const QByteArray text = "service: shop\nimage: acme/shop\nservers:\n  web:\n    - "
                                "10.0.0.1\n  job:\n    hosts:\n"
                                "      - 10.0.0.2\n      - 10.0.0.4 # spare\n    cmd: bin/jobs\n"
                                "registry:\n  username: a\n  password: [P]\n"
                                "builder:\n  arch: amd64\n";
        QVERIFY(AtomicFile::write(m_config, text).has_value());
        auto s = session();
        ConfigPage page;
        page.setSession(s.get());
        auto *roles = page.findChild<QComboBox *>(QStringLiteral("roleCombo"));
        roles->setCurrentIndex(roles->findText(QStringLiteral("job")));
        auto *cmd = qobject_cast<QLineEdit *>(page.fieldFor(QStringLiteral("servers/job/cmd")));
        QVERIFY(cmd);
        QCOMPARE(cmd->text(), QStringLiteral("bin/jobs"));
        typeInto(cmd, QStringLiteral("bin/jobs --queue=mail"));
        QCOMPARE(YamlEditor::find(s->config().effective, QStringLiteral("servers/job/cmd"))->scalar,
                 QStringLiteral("bin/jobs --queue=mail"));

        // Options: a new entry goes in the file, then its value is edited in the table.
        const auto editors = page.findChildren<KeyValueEditor *>();
        KeyValueEditor *options = nullptr;
        for (KeyValueEditor *editor : editors) {
            if (editor->table()->accessibleName() == QLatin1String("Docker options"))
                options = editor;
        }
        QVERIFY(options);
        QTest::keyClicks(options->newKeyEdit(), QStringLiteral("memory"));
        QTest::keyClicks(options->newValueEdit(), QStringLiteral("512m"));
        QTest::mouseClick(options->addButton(), Qt::LeftButton);
        QCOMPARE(options->table()->rowCount(), 1);
        QVERIFY(options->newKeyEdit()->text().isEmpty());
        options->table()->item(0, 1)->setText(QStringLiteral("1g"));
        QCOMPARE(
            YamlEditor::find(s->config().effective, QStringLiteral("servers/job/options/memory"))
                ->scalar,
            QStringLiteral("1g"));

        // The web role is a plain host list: its settings are disabled, with the reason.
        roles->setCurrentIndex(roles->findText(QStringLiteral("web")));
        QVERIFY(!page.fieldFor(QStringLiteral("servers/{role}/cmd"))->isEnabled());
        QVERIFY(!options->addButton()->isEnabled());
        QVERIFY(!options->toolTip().isEmpty());

        // Removing a host takes its line (and nothing else) out of the file.
        roles->setCurrentIndex(roles->findText(QStringLiteral("job")));
        auto *hosts = page.findChild<QListWidget *>(QStringLiteral("hostsList"));
        QCOMPARE(hosts->count(), 2);
        hosts->setCurrentRow(1);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("removeHostButton")),
                          Qt::LeftButton);
        QCOMPARE(hosts->count(), 1);
        page.save(false);
        const QByteArray saved = readFile(m_config);
        QVERIFY(!saved.contains("10.0.0.4"));
        QVERIFY(saved.contains("    cmd: bin/jobs --queue=mail\n"));
        QVERIFY(saved.contains("    options:\n      memory: 1g\n"));
        QVERIFY(saved.contains("      - 10.0.0.2\n"));
    }

    // Clear variables and aliases are tables: add, edit, remove with the Delete key.
    void editsVariablesAndAliases()
    {
        auto s = session();
        ConfigPage page;
        page.setSession(s.get());
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("envClearTable"));
        const int before = table->rowCount();
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("newEnvName")),
                         QStringLiteral("WEB_CONCURRENCY"));
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("newEnvValue")),
                         QStringLiteral("2"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("addEnvButton")),
                          Qt::LeftButton);
        QCOMPARE(table->rowCount(), before + 1);
        QCOMPARE(
            YamlEditor::find(s->config().effective, QStringLiteral("env/clear/WEB_CONCURRENCY"))
                ->scalar,
            QStringLiteral("2"));
        table->setFocus();
        table->selectRow(before);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->rowCount(), before);
        QVERIFY(!s->isModified()); // added then removed: the file is as it was

        auto *aliases = page.findChild<QTableWidget *>(QStringLiteral("aliasesTable"));
        QVERIFY(aliases->rowCount() >= 1);
        const QString alias = aliases->item(0, 0)->text();
        aliases->item(0, 1)->setText(QStringLiteral("app logs -f"));
        QCOMPARE(
            YamlEditor::find(s->config().effective, QStringLiteral("aliases/") + alias)->scalar,
            QStringLiteral("app logs -f"));
    }

    // Typing in the YAML view edits the file after a pause, keeps CRLF, and can be undone.
    void editsInTheYamlView()
    {
        QByteArray crlf = m_original;
        crlf.replace("\n", "\r\n");
        QVERIFY(AtomicFile::write(m_config, crlf).has_value());
        auto s = session();
        ConfigPage page;
        page.setSession(s.get());
        page.findChild<QTabWidget *>(QStringLiteral("configTabs"))->setCurrentIndex(1);
        auto *source = page.findChild<QPlainTextEdit *>(QStringLiteral("yamlSource"));
        QVERIFY(!source->isReadOnly());
        QTextCursor cursor = source->document()->find(QStringLiteral("app_port: 3000"));
        QVERIFY(!cursor.isNull());
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, 4);
        source->setTextCursor(cursor);
        QTest::keyClicks(source, QStringLiteral("8080"));
        QTRY_VERIFY(s->isModified());
        QCOMPARE(YamlEditor::find(s->config().effective, QStringLiteral("proxy/app_port"))->scalar,
                 QStringLiteral("8080"));
        QCOMPARE(qobject_cast<QLineEdit *>(page.fieldFor(QStringLiteral("proxy/app_port")))->text(),
                 QStringLiteral("8080"));
        // Undo and redo reach the view too; it shows lines, never CR characters.
        s->undo();
        QVERIFY(!s->isModified());
        QVERIFY(!source->toPlainText().contains(QLatin1Char('\r')));
        QCOMPARE(source->toPlainText(), QString::fromUtf8(m_original));
        s->redo();
        page.save(false);
        QByteArray expected = crlf;
        expected.replace("app_port: 3000\r\n", "app_port: 8080\r\n");
        QCOMPARE(readFile(m_config), expected);
    }

    // Ruby code Berth does not evaluate: kept, marked, and shown with the real Ruby only
    // after the user asks for it.
    void showsValuesComputedByRubyOnRequest()
    {
        if (Config::RubyErbRenderer::rubyExecutable().isEmpty())
            QSKIP("ruby is not installed (scripts/install-deps --test installs it)");
        const QByteArray text = "service: shop\nimage: acme/<%= File.read(\"name.txt\").strip %>\n"
                                "servers:\n  - 10.0.0.1\nregistry:\n  username: a\n"
                                "  password: [P]\nbuilder:\n  arch: amd64\n";
        QVERIFY(AtomicFile::write(m_config, text).has_value());
        QVERIFY(
            AtomicFile::write(m_dir.filePath(QStringLiteral("name.txt")), "shop\n").has_value());
        auto s = session();
        ConfigPage page;
        page.setSession(s.get());
        auto *banner = page.findChild<QWidget *>(QStringLiteral("rubyBanner"));
        QVERIFY(!banner->isHidden());
        auto *note = page.fieldFor(QStringLiteral("image"))
                         ->parentWidget()
                         ->findChildren<QLabel *>()
                         .value(0);
        QVERIFY2(note->text().startsWith(
                     QLatin1String("Computed by Ruby code, which Berth does not run")),
                 qPrintable(note->text()));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("rubyButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(note->text(), QStringLiteral("Computed by Ruby: acme/shop"),
                                  20000);
        // The file is untouched, and the opt-in is remembered for this project.
        QVERIFY(!s->isModified());
        QCOMPARE(readFile(m_config), text);
        ConfigPage again;
        again.setSession(s.get());
        auto *againNote = again.fieldFor(QStringLiteral("image"))
                              ->parentWidget()
                              ->findChildren<QLabel *>()
                              .value(0);
        QTRY_COMPARE_WITH_TIMEOUT(againNote->text(), QStringLiteral("Computed by Ruby: acme/shop"),
                                  20000);
        QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("rubyButton")),
                          Qt::LeftButton);
        QVERIFY(againNote->text().startsWith(QLatin1String("Computed by Ruby code")));
    }

    void showsKamalsMessageAtTheField()
    {
        auto s = session();
        ConfigPage page;
        page.setSession(s.get());
        typeInto(qobject_cast<QLineEdit *>(page.fieldFor(QStringLiteral("service"))),
                 QStringLiteral("bad name!"));
        auto *note = page.fieldFor(QStringLiteral("service"))
                         ->parentWidget()
                         ->findChildren<QLabel *>()
                         .value(0);
        QVERIFY(note);
        QVERIFY2(
            note->text().contains(QLatin1String(
                "Service name can only include alphanumeric characters, hyphens, and underscores")),
            qPrintable(note->text()));
        auto *problems = page.findChild<QTreeWidget *>(QStringLiteral("diagnosticsView"));
        QVERIFY(problems->topLevelItemCount() >= 1);
    }
};

QTEST_MAIN(TestConfigPage)
#include "tst_configpage.moc"
