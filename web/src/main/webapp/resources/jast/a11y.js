/*
 * Accessibility repairs to PrimeFaces 15 markup that axe-core reports as serious.
 *
 * Loaded at the end of the body: after PrimeFaces' scripts, before the widgets it builds on document ready.
 *
 * ColumnToggler writes its checkboxes as <li> items of a <ul role="group">: with the list role replaced, the
 * <li>s belong to no list (axe "listitem"). Each item is marked role="none", so the group holds checkboxes.
 */
(function () {
    if (!window.PrimeFaces || !PrimeFaces.widget || !PrimeFaces.widget.ColumnToggler) {
        return;
    }
    var proto = PrimeFaces.widget.ColumnToggler.prototype;
    var render = proto.render;
    proto.render = function () {
        render.apply(this, arguments);
        this.itemContainer.children('li').attr('role', 'none');
    };
})();
