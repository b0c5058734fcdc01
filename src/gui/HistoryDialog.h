#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QPlainTextEdit;
class QStandardItemModel;
class QTreeView;

namespace Berth::Gui {

// The project's past runs from this computer (the run journals, read off the GUI thread):
// one row per run — when, what, version, outcome, duration, who — with its steps per host
// and their durations below it; the selected step's failure explanation underneath.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // `journalFolder` empty: where the engine writes its journals.
    explicit HistoryDialog(QString projectRoot, QWidget *parent = nullptr,
                           QString journalFolder = {});

    // Reads the journals again (in the background).
    void reload();
    [[nodiscard]] bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded(int runs);

private:
    void showSelected();
    [[nodiscard]] static QString outcomeText(const QString &outcome);

    QString m_projectRoot;
    QString m_folder;
    bool m_loading = false;
    QLabel *m_status = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace Berth::Gui
