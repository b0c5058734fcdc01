#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QComboBox;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QFormLayout;
class QFileSystemWatcher;

namespace Berth::Config {
class ConfigSession;
}

namespace Berth::Gui {

// The Config page: deploy.yml through forms, section by section, with Kamal's validation at
// each field and in a list, the YAML as it will be saved, undo/redo, and a diff before every
// save. It only presents: loading, editing, validating and saving live in ConfigSession.
class ConfigPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigPage(QWidget *parent = nullptr);
    ~ConfigPage() override;

    // The session to show and edit; not owned (MainWindow owns it). Null: no project.
    void setSession(Config::ConfigSession *session);

    // The editor widget bound to a Kamal path such as "proxy/app_port" (for tests and for
    // jumping to a field from a diagnostic).
    [[nodiscard]] QWidget *fieldFor(const QString &path) const;
    // Opens the section that holds `path` and focuses its field.
    void showPath(const QString &path);
    // Saves after showing the diff; `confirm` false skips the dialog (tests, scripts).
    void save(bool confirm = true);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    struct Field;
    void buildSections();
    QWidget *addSection(const QString &title, const QString &hint);
    Field &addText(QFormLayout *form, const QString &label, const QString &path,
                   const QString &help);
    Field &addInteger(QFormLayout *form, const QString &label, const QString &path,
                      const QString &help);
    Field &addBoolean(QFormLayout *form, const QString &label, const QString &path,
                      const QString &help, bool fallback = false);
    void commitField(Field &field);
    void refresh();
    void refreshFields();
    void refreshLists();
    void refreshDiagnostics();
    void refreshSource();
    void showDiagnosticAt(const QTreeWidgetItem *item);
    // Shows the YAML view's line where `path` (or its nearest written parent) is.
    void revealInSource(const QString &path);
    void addHost();
    void addEnvironmentVariable();
    void addAccessory(const QString &templateId, const QString &defaultName);
    void watchFiles();

    QPointer<Config::ConfigSession> m_session;
    QListWidget *m_sectionList = nullptr;
    QStackedWidget *m_sections = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_sourceFile = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QTreeWidget *m_diagnostics = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_redo = nullptr;
    QPushButton *m_save = nullptr;
    QWidget *m_changedBanner = nullptr;
    QLabel *m_changedLabel = nullptr;
    QComboBox *m_role = nullptr;
    QListWidget *m_hosts = nullptr;
    QLineEdit *m_newHost = nullptr;
    QTableWidget *m_envClear = nullptr;
    QListWidget *m_envSecret = nullptr;
    QLineEdit *m_newEnvName = nullptr;
    QLineEdit *m_newEnvValue = nullptr;
    QTreeWidget *m_accessories = nullptr;
    QTableWidget *m_aliases = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    std::vector<std::unique_ptr<Field>> m_fields;
    bool m_refreshing = false;
    QString m_lastPath; // the field the user was last in
};

} // namespace Berth::Gui
