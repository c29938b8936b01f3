export const id = 731;
export const ids = [731];
export const modules = {

/***/ 9731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   codeRanges: () => (/* binding */ codeRanges)
/* harmony export */ });
/* harmony import */ var remark_gfm__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6550);
/* harmony import */ var remark_parse__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6753);
/* harmony import */ var unified__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8717);
/* harmony import */ var unist_util_visit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3617);




const parser = (0,unified__WEBPACK_IMPORTED_MODULE_0__/* .unified */ .l)().use(remark_parse__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A).use(remark_gfm__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A);
/**
 * Where the code is in a Markdown text (fenced and indented blocks, code spans), as
 * [start, end) offsets: variables are not replaced there. Loaded only for a file that has a `{{`.
 */
function codeRanges(markdown) {
    const tree = parser.parse(markdown);
    const ranges = [];
    (0,unist_util_visit__WEBPACK_IMPORTED_MODULE_3__/* .visit */ .YR)(tree, (node) => {
        if ((node.type === 'code' || node.type === 'inlineCode') && node.position) {
            ranges.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
        }
    });
    return ranges;
}


/***/ })

};
