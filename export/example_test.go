package export_test

import (
	"fmt"
	"os"

	"github.com/vnplan/vnplan/export"
	"github.com/vnplan/vnplan/model"
)

func ExampleJSON() {
	doc := &model.Document{
		Schema: model.SchemaV1,
		Source: model.Source{Name: "plan.txt", Bytes: 42, Encoding: "utf-8", Format: "text", Lines: 1},
		Meta:   model.Metadata{DocType: "Kế hoạch"},
		Body: []*model.Node{{
			Kind: model.KindItem, ID: "i1", Numbering: "-", Depth: 1,
			Text: "Sở Y tế chủ trì <thực hiện>.",
			Task: true,
			Span: model.Span{
				Start: model.Pos{Line: 1, Column: 1, Offset: 0},
				End:   model.Pos{Line: 1, Column: 31, Offset: 41},
			},
		}},
		Diagnostics: []model.Diagnostic{},
	}
	if err := export.JSON(os.Stdout, doc, export.JSONOptions{Indent: true}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "schema": "vnplan/v1",
	//   "source": {
	//     "name": "plan.txt",
	//     "bytes": 42,
	//     "encoding": "utf-8",
	//     "format": "text",
	//     "lines": 1
	//   },
	//   "document": {
	//     "doc_type": "Kế hoạch"
	//   },
	//   "body": [
	//     {
	//       "kind": "item",
	//       "id": "i1",
	//       "numbering": "-",
	//       "depth": 1,
	//       "text": "Sở Y tế chủ trì <thực hiện>.",
	//       "task": true,
	//       "span": {
	//         "start": {
	//           "line": 1,
	//           "column": 1,
	//           "offset": 0
	//         },
	//         "end": {
	//           "line": 1,
	//           "column": 31,
	//           "offset": 41
	//         }
	//       }
	//     }
	//   ],
	//   "diagnostics": []
	// }
}

func ExampleCSV() {
	doc := &model.Document{
		Schema: model.SchemaV1,
		Body: []*model.Node{{
			Kind: model.KindSection, ID: "I", Label: "I", Numbering: model.NumberingRoman, Depth: 1,
			Heading: "NHIỆM VỤ",
			Children: []*model.Node{{
				Kind: model.KindItem, ID: "I/i1", Numbering: "-", Depth: 2, Task: true,
				Text:       "=1+1 là một công thức",
				Assignment: &model.Assignment{Lead: []string{"Sở Y tế"}, Cooperating: []string{"Sở Tài chính", "Công an tỉnh"}},
				Targets:    []model.Target{{Text: "trên 90%", Comparator: model.CompareGt, Value: func() *float64 { v := 90.0; return &v }(), Unit: "%"}},
				Deadlines:  []model.Deadline{{Text: "trước quý III/2024", Relation: "before", Period: "2024-Q3"}},
			}},
		}},
	}
	if err := export.CSV(os.Stdout, doc, export.TableTasks, export.CSVOptions{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// id,kind,section_id,section_path,section_heading,text,lead,cooperating,inherited,request,action,targets,deadlines,references,line,inherited_deadlines,lead_keys,cooperating_keys
	// I/i1,item,I,I,NHIỆM VỤ,'=1+1 là một công thức,Sở Y tế,Sở Tài chính; Công an tỉnh,no,no,,> 90%,before 2024-Q3,,,,,
}
