#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace Berth::Gui {

// Berth's version and the versions of the libraries it runs on (bug reports need them).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The versions as plain text, one "name version" per line; what Copy puts on the clipboard.
    [[nodiscard]] QString versionsText() const;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace Berth::Gui
